export interface TermsArticle {
  title: string;
  paragraphs?: string[];
  items?: string[];
}

export interface TermsDocument {
  intro: string[];
  articles: TermsArticle[];
  closing: string;
}
