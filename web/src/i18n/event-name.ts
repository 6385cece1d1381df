// The machine's event summaries are Chinese with English notes for developers ("调查取证 record",
// "线索登记 (POST /cases)", "核查延长 +15 WD (once)"): a reader sees the Chinese name alone.

/** The Chinese name of an event from its summary (the summary as is when it has none). */
export function eventName(summary: string): string {
  const name = summary.replace(/\s*[(（]?[A-Za-z+][^\u4e00-\u9fff]*$/, '').trim();
  return name || summary;
}
