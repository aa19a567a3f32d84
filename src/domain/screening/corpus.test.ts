// The screening corpus: realistic messages with contact details or invitations to deal
// outside (each should be caught) and hard legitimate ones (none should be held). The tuned
// batches were used to write the rules (batches 2 and 3 were each first written as held-out
// sets and measured once — recall 90.0 % and 86.0 %, false positives 0 % and 2 % — before
// they were used; batch 4, written after the held-out set, measured recall 65.8 % and false
// positives 3.6 % before the rules were widened for invitation phrasings in general); the
// held-out set is only measured. Its floor is
// lower than the target because it measures phrasings the rules have never seen;
// the targets apply to the whole corpus.
import { describe, expect, it } from 'vitest';
import { CONTACT_HELDOUT } from './corpus/contact-heldout';
import { CONTACT_TUNED } from './corpus/contact-tuned';
import { CONTACT_TUNED_2 } from './corpus/contact-tuned-2';
import { CONTACT_TUNED_3 } from './corpus/contact-tuned-3';
import { CONTACT_TUNED_4 } from './corpus/contact-tuned-4';
import { CONTACT_TUNED_5 } from './corpus/contact-tuned-5';
import { LEGIT_HELDOUT } from './corpus/legit-heldout';
import { LEGIT_TUNED } from './corpus/legit-tuned';
import { LEGIT_TUNED_2 } from './corpus/legit-tuned-2';
import { LEGIT_TUNED_3 } from './corpus/legit-tuned-3';
import { LEGIT_TUNED_4 } from './corpus/legit-tuned-4';
import { LEGIT_TUNED_5 } from './corpus/legit-tuned-5';
import { screen } from './screen';

const OPTIONS = { ownHost: 'yorozu.example' };
const SETS: [string, readonly string[], readonly string[]][] = [
  ['batch 1', CONTACT_TUNED, LEGIT_TUNED],
  ['batch 2', CONTACT_TUNED_2, LEGIT_TUNED_2],
  ['batch 3', CONTACT_TUNED_3, LEGIT_TUNED_3],
  ['batch 4', CONTACT_TUNED_4, LEGIT_TUNED_4],
  ['batch 5', CONTACT_TUNED_5, LEGIT_TUNED_5],
  ['held-out', CONTACT_HELDOUT, LEGIT_HELDOUT],
];
const CONTACT = SETS.slice(0, -1).flatMap(([, contact]) => contact);
const LEGIT = SETS.slice(0, -1).flatMap(([, , legit]) => legit);

function measure(contact: readonly string[], legit: readonly string[]) {
  const missed = contact.filter((text) => screen(text, OPTIONS).length === 0);
  const held = legit.filter((text) => screen(text, OPTIONS).length > 0);
  return {
    recall: (contact.length - missed.length) / contact.length,
    falsePositives: held.length / legit.length,
    missed,
    held,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('screening corpus', () => {
  it('has at least 300 messages, about half of them with contact details', () => {
    const contact = CONTACT.length + CONTACT_HELDOUT.length;
    const legit = LEGIT.length + LEGIT_HELDOUT.length;
    expect(contact + legit).toBeGreaterThanOrEqual(300);
    expect(contact / (contact + legit)).toBeGreaterThan(0.4);
    expect(contact / (contact + legit)).toBeLessThan(0.6);
    console.log(`screening corpus: ${contact + legit} messages, ${CONTACT_HELDOUT.length + LEGIT_HELDOUT.length} held out`);
    expect(new Set([...CONTACT, ...CONTACT_HELDOUT, ...LEGIT, ...LEGIT_HELDOUT]).size).toBe(contact + legit);
  });

  it('catches the contact details of the tuned set and holds none of its legitimate messages', () => {
    const result = measure(CONTACT, LEGIT);
    console.log(
      `screening, tuned set: recall ${pct(result.recall)} of ${CONTACT.length}, false positives ${pct(result.falsePositives)} of ${LEGIT.length}`,
    );
    expect(result.recall).toBeGreaterThanOrEqual(0.97);
    expect(result.falsePositives).toBeLessThanOrEqual(0.02);
  });

  it('measures the held-out set (floor: recall ≥ 80 %, false positives ≤ 5 %)', () => {
    const result = measure(CONTACT_HELDOUT, LEGIT_HELDOUT);
    console.log(
      `screening, held-out set: recall ${pct(result.recall)} of ${CONTACT_HELDOUT.length}, false positives ${pct(result.falsePositives)} of ${LEGIT_HELDOUT.length}`,
    );
    if (result.missed.length) console.log(`missed:\n  ${result.missed.join('\n  ')}`);
    if (result.held.length) console.log(`held:\n  ${result.held.join('\n  ')}`);
    expect(result.recall).toBeGreaterThanOrEqual(0.8);
    expect(result.falsePositives).toBeLessThanOrEqual(0.05);
  });

  it.each(SETS)('prints recall and false positives of %s', (name, contact, legit) => {
    const result = measure(contact, legit);
    console.log(
      `screening, ${name}: recall ${pct(result.recall)} of ${contact.length}, false positives ${pct(result.falsePositives)} of ${legit.length}`,
    );
    expect(result.recall).toBeGreaterThanOrEqual(0.8);
    expect(result.falsePositives).toBeLessThanOrEqual(0.05);
  });

  it('meets the targets on the whole corpus', () => {
    const result = measure([...CONTACT, ...CONTACT_HELDOUT], [...LEGIT, ...LEGIT_HELDOUT]);
    console.log(`screening, whole corpus: recall ${pct(result.recall)}, false positives ${pct(result.falsePositives)}`);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.falsePositives).toBeLessThanOrEqual(0.05);
  });
});
