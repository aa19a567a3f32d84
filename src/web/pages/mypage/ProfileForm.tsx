import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Profile, ProfileBody } from '../../../shared/api/accounts';
import { fieldMessage } from '../../../shared/errors';
import {
  OCCUPATION_KEYS,
  OCCUPATIONS,
  type Occupation,
  PREFECTURE_CODES,
  PREFECTURES,
  TIME_OF_DAY_KEYS,
  TIMES_OF_DAY,
  type TimeOfDay,
} from '../../../shared/labels';
import { accountsApi } from '../../api/accounts';
import { Button } from '../../components/Button';
import { Checkbox, CheckboxGroup, RadioGroup } from '../../components/Choices';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { SelectField, TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { schemaErrors } from '../../lib/validate';
import { PortfolioLinks } from './PortfolioLinks';
import { mergeSkills, SkillsInput, splitSkills } from './SkillsInput';

const FIELDS = [
  'bio',
  'skills',
  'entityType',
  'occupation',
  'hoursPerWeek',
  'homeOnly',
  'timesOfDay',
  'prefecture',
  'portfolioLinks',
] as const;

type EntityType = Profile['entityType'];
const ENTITY_TYPES: readonly EntityType[] = ['individual', 'corporation'];

function isOccupation(value: string): value is Occupation {
  return (OCCUPATION_KEYS as readonly string[]).includes(value);
}

/** Full-width digits are accepted: 「２０」 is 20. Empty means "not shown". */
function parseHours(text: string): number | null | 'invalid' {
  const normalised = text.normalize('NFKC').trim();
  if (normalised === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return 'invalid';
  return Number(normalised);
}

export function ProfileForm({ initial }: { initial: Profile }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useFormSubmit(FIELDS);
  const [saved, setSaved] = useState(false);

  const [bio, setBio] = useState(initial.bio);
  const [skills, setSkills] = useState<string[]>(initial.skills);
  const [pendingSkill, setPendingSkill] = useState('');
  const [occupation, setOccupation] = useState<Occupation | ''>(initial.occupation ?? '');
  const [hours, setHours] = useState(initial.hoursPerWeek === null ? '' : String(initial.hoursPerWeek));
  const [homeOnly, setHomeOnly] = useState(initial.homeOnly);
  const [timesOfDay, setTimesOfDay] = useState<TimeOfDay[]>(initial.timesOfDay);
  const [prefecture, setPrefecture] = useState(initial.prefecture ?? '');
  const [links, setLinks] = useState<string[]>(initial.portfolioLinks.length > 0 ? initial.portfolioLinks : ['']);
  const [entityType, setEntityType] = useState<EntityType>(initial.entityType ?? 'individual');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaved(false);
    // Text still in the skill box counts, and blank URL rows are dropped so that error
    // positions match the rows on screen.
    const allSkills = mergeSkills(skills, splitSkills(pendingSkill));
    const filledLinks = links.map((l) => l.trim()).filter((l) => l.length > 0);
    setSkills(allSkills);
    setPendingSkill('');
    setLinks(filledLinks.length > 0 ? filledLinks : ['']);

    const hoursValue = parseHours(hours);
    const body: ProfileBody = {
      bio,
      skills: allSkills,
      occupation: occupation === '' ? null : occupation,
      hoursPerWeek: hoursValue === 'invalid' ? null : hoursValue,
      homeOnly,
      timesOfDay,
      prefecture: prefecture === '' ? null : prefecture,
      portfolioLinks: filledLinks,
      entityType,
    };
    const errors = schemaErrors(ProfileBody, body, lang);
    if (hoursValue === 'invalid') errors.hoursPerWeek = fieldMessage('not-integer', lang);
    if (Object.keys(errors).length > 0) return form.fail(errors);

    void form.run(async () => {
      const savedProfile = await accountsApi.saveProfile(body);
      setSkills(savedProfile.skills);
      setLinks(savedProfile.portfolioLinks.length > 0 ? savedProfile.portfolioLinks : ['']);
      setBio(savedProfile.bio);
      setHours(savedProfile.hoursPerWeek === null ? '' : String(savedProfile.hoursPerWeek));
      if (savedProfile.entityType) setEntityType(savedProfile.entityType);
      setSaved(true);
    });
  };

  const err = form.fieldErrors;
  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form" aria-labelledby="profile-form-title">
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      <TextAreaField
        label={t('profile.bio')}
        hint={t('profile.bioHint')}
        name="bio"
        rows={6}
        value={bio}
        onChange={(e) => setBio(e.currentTarget.value)}
        error={err.bio}
      />
      <SkillsInput skills={skills} onChange={setSkills} pending={pendingSkill} onPendingChange={setPendingSkill} errors={err} />

      <RadioGroup
        legend={t('money.entity.legend')}
        hint={t('money.entity.hint')}
        name="entityType"
        options={ENTITY_TYPES.map((k) => ({ value: k, label: t(`money.entity.${k}`) }))}
        value={entityType}
        onChange={setEntityType}
        error={err.entityType}
      />

      <fieldset className="fieldset">
        <legend>{t('profile.work')}</legend>
        <SelectField
          label={t('profile.occupation')}
          name="occupation"
          value={occupation}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setOccupation(isOccupation(v) ? v : '');
          }}
          options={[
            { value: '', label: t('profile.occupationNone') },
            ...OCCUPATION_KEYS.map((k) => ({ value: k, label: OCCUPATIONS[k][lang] })),
          ]}
          error={err.occupation}
        />
        <TextField
          label={t('profile.hoursPerWeek')}
          hint={t('profile.hoursHint')}
          name="hoursPerWeek"
          inputMode="numeric"
          autoComplete="off"
          className="input-short"
          suffix={t('profile.hoursUnit')}
          value={hours}
          onChange={(e) => setHours(e.currentTarget.value)}
          error={err.hoursPerWeek}
        />
        <Checkbox
          name="homeOnly"
          label={t('profile.homeOnly')}
          hint={t('profile.homeOnlyHint')}
          checked={homeOnly}
          onChange={setHomeOnly}
          error={err.homeOnly}
        />
        <CheckboxGroup
          legend={t('profile.timesOfDay')}
          name="timesOfDay"
          options={TIME_OF_DAY_KEYS.map((k) => ({ value: k, label: TIMES_OF_DAY[k][lang] }))}
          value={timesOfDay}
          onChange={setTimesOfDay}
          error={err.timesOfDay ?? Object.entries(err).find(([k]) => k.startsWith('timesOfDay.'))?.[1]}
        />
        <SelectField
          label={t('profile.prefecture')}
          name="prefecture"
          autoComplete="address-level1"
          value={prefecture}
          onChange={(e) => setPrefecture(e.currentTarget.value)}
          options={[
            { value: '', label: t('profile.prefectureNone') },
            ...PREFECTURE_CODES.map((code) => ({ value: code, label: PREFECTURES[code]?.[lang] ?? code })),
          ]}
          error={err.prefecture}
        />
      </fieldset>

      <PortfolioLinks links={links} onChange={setLinks} errors={err} />

      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('profile.submit')}
        </Button>
        <StatusMessage>{saved && t('profile.saved')}</StatusMessage>
      </div>
    </form>
  );
}
