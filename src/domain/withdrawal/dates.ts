// Dates as the withdrawal pre-check writes them into its sentences: the day in Japan.
type Text = { ja: string; en: string };

export const DAY_MS = 86_400_000;

/** 「12月26日」 / "Dec 26", the day in Japan. */
export function dayText(date: Date): Text {
  return {
    ja: date.toLocaleDateString('ja-JP', { timeZone: 'Asia/Tokyo', month: 'long', day: 'numeric' }),
    en: date.toLocaleDateString('en-US', { timeZone: 'Asia/Tokyo', month: 'short', day: 'numeric' }),
  };
}

export function addDaysTo(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
