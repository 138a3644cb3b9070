/**
 * Thai national id numbers (เลขประจำตัวประชาชน): 13 digits, the last a check digit over the first 12
 * (weights 13 … 2, check = (11 − sum mod 11) mod 10).
 */

/** The digits of an id as typed (spaces and dashes dropped), or null when it is not 13 digits. */
export function normaliseNationalId(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{13}$/.test(digits) ? digits : null;
}

/** The check digit the first twelve digits call for. */
export function nationalIdCheckDigit(firstTwelve: string): number {
  let sum = 0;
  for (let index = 0; index < 12; index += 1) {
    sum += Number(firstTwelve[index]) * (13 - index);
  }
  return (11 - (sum % 11)) % 10;
}

/** Whether a 13-digit id carries the right check digit (demo ids never do). */
export function isValidNationalId(digits: string): boolean {
  return /^\d{13}$/.test(digits) && nationalIdCheckDigit(digits) === Number(digits[12]);
}

/** An id with the wrong check digit and a leading 0 (no real id starts with 0): clearly fake. */
export function fakeNationalId(serial: number): string {
  const firstTwelve = `0${String(serial).padStart(11, '0')}`.slice(0, 12);
  const wrong = (nationalIdCheckDigit(firstTwelve) + 1) % 10;
  return `${firstTwelve}${wrong}`;
}

/** The id as printed on the card: 1-2345-67890-12-3. */
export function formatNationalId(digits: string): string {
  return `${digits.slice(0, 1)}-${digits.slice(1, 5)}-${digits.slice(5, 10)}-${digits.slice(10, 12)}-${digits.slice(12)}`;
}

/** Every digit but the last four hidden: X-XXXX-XXXXX-12-3 (enough to tell members apart). */
export function maskNationalId(lastFour: string): string {
  return `X-XXXX-XXXXX-${lastFour.slice(0, 2)}-${lastFour.slice(2)}`;
}

/** A name with only its first letter shown per word: สมชาย ใจดี → ส•••• ใ•••. */
export function maskName(initials: string): string {
  return initials
    .split(' ')
    .filter(Boolean)
    .map((initial) => `${initial}••••`)
    .join(' ');
}

/** The first letter of each word of a name, as the masked form keeps them. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0] ?? '')
    .join(' ');
}
