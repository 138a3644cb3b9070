const THAI_ZERO = 0x0e50;

/** Replace ASCII digits 0-9 with Thai digits ๐-๙. */
export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(THAI_ZERO + Number(d)));
}

/** Replace Thai digits ๐-๙ with ASCII digits 0-9. */
export function fromThaiDigits(s: string): string {
  return s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/** Digits as a document asks: Thai (๑๒๓) when `thai`, else the text as it is. */
export function digits(text: string, thai: boolean): string {
  return thai ? toThaiDigits(text) : text;
}
