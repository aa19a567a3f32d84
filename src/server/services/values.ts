// A service's columns as the editor's input sets them, with what is derived from it: the
// cheapest package and shortest delivery for cards, and the search text and tokens.
import { CATEGORY_TREE, categoryLabel, categoryParent } from '../../domain/jobs/categories';
import { documentTokens, normaliseForSearch } from '../../domain/jobs/search';
import { serviceFrom } from '../../domain/services/publish';
import type { ServiceInput } from '../../shared/api/services';

/**
 * The text a service is searched by: its title, description, tags, what its packages
 * include and its options, the category's and the parent category's Japanese names.
 */
export function serviceSearchText(s: {
  title: string;
  description: string;
  category: string;
  tags: readonly string[];
  packages: readonly { name: string; includes: string }[];
  options: readonly { title: string }[];
}): string {
  const parent = categoryParent(s.category);
  const names = [categoryLabel(s.category, 'ja') ?? '', parent ? (CATEGORY_TREE[parent]?.label.ja ?? '') : ''];
  return normaliseForSearch(
    [
      s.title,
      s.description,
      ...s.tags,
      ...s.packages.flatMap((p) => [p.name, p.includes]),
      ...s.options.map((o) => o.title),
      ...names,
    ].join(' \n '),
  );
}

export function serviceValues(input: ServiceInput) {
  const text = serviceSearchText(input);
  const from = serviceFrom(input.packages);
  return {
    title: input.title,
    category: input.category,
    tags: [...new Set(input.tags)],
    description: input.description,
    faq: JSON.stringify(input.faq),
    buyer_request: input.buyerRequest,
    capacity: input.capacity,
    acceptance_days: input.acceptanceDays,
    price_from: from.priceFrom,
    delivery_days_from: from.deliveryDaysFrom,
    search_text: text,
    search_tokens: documentTokens(text),
  };
}
