// The bounds of a service's fields. The request schemas (shared/api/services.ts), the
// publish rule and the table's constraints all read these numbers.
export const SERVICE_LIMITS = {
  titleMin: 5,
  titleMax: 60,
  descriptionMin: 50,
  descriptionMax: 5000,
  tagsMax: 10,
  tagMax: 20,
  imagesMax: 5,
  packagesMin: 1,
  packagesMax: 3,
  packageNameMax: 20,
  /** Prices include consumption tax, as the buyer sees them. */
  priceMin: 500,
  priceMax: 1_000_000,
  deliveryDaysMin: 1,
  deliveryDaysMax: 90,
  revisionsMax: 10,
  includesMax: 500,
  optionsMax: 10,
  optionTitleMax: 40,
  extraDaysMax: 30,
  faqMax: 10,
  questionMax: 200,
  answerMax: 1000,
  buyerRequestMax: 2000,
  /** 受注枠: orders the seller works on at once. */
  capacityMin: 1,
  capacityMax: 20,
  capacityDefault: 3,
  /** Days the buyer has to answer a delivery before it is accepted by itself. */
  acceptanceDaysMin: 1,
  acceptanceDaysMax: 14,
  acceptanceDaysDefault: 3,
} as const;
