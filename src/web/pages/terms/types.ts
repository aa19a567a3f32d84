export interface TermsArticle {
  title: string;
  paragraphs?: string[];
  items?: string[];
  /** Pages the article refers to (the privacy policy, the legal notice). */
  links?: { to: string; label: string }[];
}

export interface TermsDocument {
  /** `{operator}` stands for the operator's legal name (a setting). */
  intro: string[];
  articles: TermsArticle[];
  closing: string;
}
