// The four kinds of member the guides are written for: the beginner, the person working from
// home in spare hours, the specialist and the client. Kept free of imports: the home page
// links to the guides and must not pull their code in.
export const PERSONAS = ['beginners', 'at-home', 'specialists', 'clients'] as const;
export type Persona = (typeof PERSONAS)[number];

export function isPersona(value: string | undefined): value is Persona {
  return (PERSONAS as readonly string[]).includes(value ?? '');
}
