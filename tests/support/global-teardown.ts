export default async function globalTeardown(): Promise<void> {
  await globalThis.__ZHIFA_PG__?.stop();
}
