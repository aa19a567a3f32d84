// Japanese UI text of the contracts pages (merged into the main catalogue as `contracts`).
export const contractsJa = {};
