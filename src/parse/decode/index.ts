/** Reading uploaded bytes as text: encoding detection and refusal of binary or empty input. */
export { decodeText } from "./decode-text.ts";
export type { DecodedText, TextEncodingName } from "./decode-text.ts";
export { guessUtf16, hasManyControlBytes, knownBinaryFormat } from "./sniff-binary.ts";
