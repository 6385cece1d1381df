// RFC 9162 §2.1.4.2 in the browser (WebCrypto): is the tree of size `first` a prefix of the one
// of size `second`? The same algorithm as the service's src/audit/merkle.ts verifyConsistency,
// run here so the check does not rest on the service's word.

const hex = (b: Uint8Array): string => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const bytes = (h: string): Uint8Array =>
  Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));

async function nodeHash(l: Uint8Array, r: Uint8Array): Promise<Uint8Array> {
  const data = new Uint8Array(1 + l.length + r.length);
  data[0] = 1;
  data.set(l, 1);
  data.set(r, 1 + l.length);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data));
}

export async function verifyConsistency(
  first: number,
  second: number,
  proofHex: string[],
  firstRoot: string,
  secondRoot: string,
): Promise<boolean> {
  if (first === second) return proofHex.length === 0 && firstRoot === secondRoot;
  if (first === 0 || first > second || proofHex.length === 0) return false;
  let proof = proofHex.map(bytes);
  if ((first & (first - 1)) === 0) proof = [bytes(firstRoot), ...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn >>= 1;
    sn >>= 1;
  }
  let fr = proof[0];
  let sr = proof[0];
  for (const c of proof.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = await nodeHash(c, fr);
      sr = await nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      sr = await nodeHash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return hex(fr) === firstRoot && hex(sr) === secondRoot && sn === 0;
}
