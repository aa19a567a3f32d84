// Japanese UI text of the money pages (merged into the main catalogue as `money`).
export const moneyJa = {};
