// The screening corpus: realistic messages with contact details or invitations to deal
// outside (each must be caught) and hard legitimate ones (none may be held). The tuned set
// was used to write the rules; the held-out set was written afterwards and is only measured.
import { describe, expect, it } from 'vitest';
import { CONTACT_HELDOUT } from './corpus/contact-heldout';
import { CONTACT_TUNED } from './corpus/contact-tuned';
import { LEGIT_HELDOUT } from './corpus/legit-heldout';
import { LEGIT_TUNED } from './corpus/legit-tuned';
import { screen } from './screen';

const OPTIONS = { ownHost: 'yorozu.example' };

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
    const contact = CONTACT_TUNED.length + CONTACT_HELDOUT.length;
    const legit = LEGIT_TUNED.length + LEGIT_HELDOUT.length;
    expect(contact + legit).toBeGreaterThanOrEqual(300);
    expect(Math.abs(contact - legit)).toBeLessThan(30);
    expect(new Set([...CONTACT_TUNED, ...CONTACT_HELDOUT, ...LEGIT_TUNED, ...LEGIT_HELDOUT]).size).toBe(contact + legit);
  });

  it('catches the contact details of the tuned set and holds none of its legitimate messages', () => {
    const result = measure(CONTACT_TUNED, LEGIT_TUNED);
    console.log(
      `screening, tuned set: recall ${pct(result.recall)} of ${CONTACT_TUNED.length}, false positives ${pct(result.falsePositives)} of ${LEGIT_TUNED.length}`,
    );
    expect(result.recall).toBeGreaterThanOrEqual(0.97);
    expect(result.falsePositives).toBeLessThanOrEqual(0.02);
  });

  it('keeps the issue’s targets on the held-out set (recall ≥ 90 %, false positives ≤ 5 %)', () => {
    const result = measure(CONTACT_HELDOUT, LEGIT_HELDOUT);
    console.log(
      `screening, held-out set: recall ${pct(result.recall)} of ${CONTACT_HELDOUT.length}, false positives ${pct(result.falsePositives)} of ${LEGIT_HELDOUT.length}`,
    );
    if (result.missed.length) console.log(`missed:\n  ${result.missed.join('\n  ')}`);
    if (result.held.length) console.log(`held:\n  ${result.held.join('\n  ')}`);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.falsePositives).toBeLessThanOrEqual(0.05);
  });

  it('meets the targets on the whole corpus', () => {
    const result = measure([...CONTACT_TUNED, ...CONTACT_HELDOUT], [...LEGIT_TUNED, ...LEGIT_HELDOUT]);
    console.log(`screening, whole corpus: recall ${pct(result.recall)}, false positives ${pct(result.falsePositives)}`);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.falsePositives).toBeLessThanOrEqual(0.05);
  });
});
