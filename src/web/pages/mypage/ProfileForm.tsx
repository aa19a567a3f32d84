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
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { SelectField, TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { flattenErrors, useApiForm } from '../../lib/form';
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

interface Values {
  bio: string;
  skills: string[];
  /** Text typed in the skill box and not yet added. */
  pendingSkill: string;
  entityType: EntityType;
  occupation: Occupation | '';
  hoursPerWeek: string;
  homeOnly: boolean;
  timesOfDay: TimeOfDay[];
  prefecture: string;
  portfolioLinks: string[];
}

function valuesOf(profile: Profile): Values {
  return {
    bio: profile.bio,
    skills: profile.skills,
    pendingSkill: '',
    entityType: profile.entityType ?? 'individual',
    occupation: profile.occupation ?? '',
    hoursPerWeek: profile.hoursPerWeek === null ? '' : String(profile.hoursPerWeek),
    homeOnly: profile.homeOnly,
    timesOfDay: profile.timesOfDay,
    prefecture: profile.prefecture ?? '',
    portfolioLinks: profile.portfolioLinks.length > 0 ? profile.portfolioLinks : [''],
  };
}

function bodyOf(values: Values): ProfileBody {
  const hours = parseHours(values.hoursPerWeek);
  return {
    bio: values.bio,
    skills: values.skills,
    occupation: values.occupation === '' ? null : values.occupation,
    hoursPerWeek: hours === 'invalid' ? null : hours,
    homeOnly: values.homeOnly,
    timesOfDay: values.timesOfDay,
    prefecture: values.prefecture === '' ? null : values.prefecture,
    portfolioLinks: values.portfolioLinks.filter((l) => l.length > 0),
    entityType: values.entityType,
  };
}

export function ProfileForm({ initial, onSaved }: { initial: Profile; onSaved?: (profile: Profile) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<Values>({
    fields: FIELDS,
    defaultValues: valuesOf(initial),
    check: (values) => {
      const errors = schemaErrors(ProfileBody, bodyOf(values), lang);
      if (parseHours(values.hoursPerWeek) === 'invalid') errors.hoursPerWeek = fieldMessage('not-integer', lang);
      return errors;
    },
  });
  const [saved, setSaved] = useState(false);
  const { watch, setValue } = form;

  const save = form.onSubmit(async (values) => {
    const savedProfile = await accountsApi.saveProfile(bodyOf(values));
    form.reset(valuesOf(savedProfile));
    onSaved?.(savedProfile);
    setSaved(true);
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaved(false);
    // Text still in the skill box counts, and blank URL rows are dropped so that error
    // positions match the rows on screen.
    const filledLinks = watch('portfolioLinks')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    setValue('skills', mergeSkills(watch('skills'), splitSkills(watch('pendingSkill'))));
    setValue('pendingSkill', '');
    setValue('portfolioLinks', filledLinks.length > 0 ? filledLinks : ['']);
    void save();
  };

  const err = flattenErrors(form.formState.errors);
  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form" aria-labelledby="profile-form-title">
      <TextAreaField label={t('profile.bio')} hint={t('profile.bioHint')} rows={6} {...form.register('bio')} error={err.bio} />
      <SkillsInput
        skills={watch('skills')}
        onChange={(skills) => setValue('skills', skills)}
        pending={watch('pendingSkill')}
        onPendingChange={(text) => setValue('pendingSkill', text)}
        errors={err}
      />

      <RadioGroup
        legend={t('money.entity.legend')}
        hint={t('money.entity.hint')}
        name="entityType"
        options={ENTITY_TYPES.map((k) => ({ value: k, label: t(`money.entity.${k}`) }))}
        value={watch('entityType')}
        onChange={(value) => setValue('entityType', value)}
        error={err.entityType}
      />

      <fieldset className="fieldset">
        <legend>{t('profile.work')}</legend>
        <SelectField
          label={t('profile.occupation')}
          name="occupation"
          value={watch('occupation')}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setValue('occupation', isOccupation(v) ? v : '');
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
          inputMode="numeric"
          autoComplete="off"
          className="input-short"
          suffix={t('profile.hoursUnit')}
          {...form.register('hoursPerWeek')}
          error={err.hoursPerWeek}
        />
        <Checkbox
          name="homeOnly"
          label={t('profile.homeOnly')}
          hint={t('profile.homeOnlyHint')}
          checked={watch('homeOnly')}
          onChange={(checked) => setValue('homeOnly', checked)}
          error={err.homeOnly}
        />
        <CheckboxGroup
          legend={t('profile.timesOfDay')}
          name="timesOfDay"
          options={TIME_OF_DAY_KEYS.map((k) => ({ value: k, label: TIMES_OF_DAY[k][lang] }))}
          value={watch('timesOfDay')}
          onChange={(value) => setValue('timesOfDay', value)}
          error={form.errorOf('timesOfDay')}
        />
        <SelectField
          label={t('profile.prefecture')}
          autoComplete="address-level1"
          {...form.register('prefecture')}
          options={[
            { value: '', label: t('profile.prefectureNone') },
            ...PREFECTURE_CODES.map((code) => ({ value: code, label: PREFECTURES[code]?.[lang] ?? code })),
          ]}
          error={err.prefecture}
        />
      </fieldset>

      <PortfolioLinks links={watch('portfolioLinks')} onChange={(links) => setValue('portfolioLinks', links)} errors={err} />

      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('profile.submit')}
        </Button>
        <StatusMessage>{saved && t('profile.saved')}</StatusMessage>
      </div>
    </ApiFormFrame>
  );
}
