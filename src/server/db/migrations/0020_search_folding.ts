// Search folds kana, long vowels and small kana, and finds a posting by its parent
// category's name (domain/jobs/search.ts): the indexed text and tokens of every posting
// are computed again in that form, a batch at a time.
import { type Kysely, sql } from 'kysely';
import { documentTokens, postingSearchText } from '../../../domain/jobs/search';

const BATCH = 500;

type Row = {
  id: string;
  title: string;
  description: string;
  category: string;
  tags: string[];
  task_instructions: string | null;
  entry_rules: string | null;
};

export async function up(db: Kysely<unknown>): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await sql<Row>`
      select id, title, description, category, tags, task_instructions, entry_rules
      from jobs where id > ${after}::uuid order by id limit ${BATCH}`.execute(db);
    const last = rows.at(-1);
    if (!last) return;
    const texts = rows.map((r) =>
      postingSearchText({
        title: r.title,
        description: r.description,
        category: r.category,
        tags: r.tags,
        taskInstructions: r.task_instructions,
        entryRules: r.entry_rules,
      }),
    );
    await sql`
      update jobs j set search_text = v.text,
                        search_tokens = array(select jsonb_array_elements_text(v.tokens))
      from (select unnest(${sql.val(rows.map((r) => r.id))}::uuid[]) as id,
                   unnest(${sql.val(texts)}::text[]) as text,
                   unnest(${sql.val(texts.map((t) => JSON.stringify(documentTokens(t))))}::jsonb[]) as tokens) v
      where j.id = v.id`.execute(db);
    after = last.id;
  }
}
