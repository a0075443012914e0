import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal, Theme } from '../../shared/schema';
import { Modal } from '../common/Modal';
import { useRestoreFocus } from '../common/restore-focus';
import { Field, FormButtons } from '../common/fields';
import { LIMITS } from '../../shared/schema/limits';

export type GoalDraft = Pick<Goal, 'title' | 'why' | 'themeIds'>;

/** Add or edit a goal's title, why it matters, and the canvas themes it relates to. */
export function GoalDialog(props: {
  goal: Goal | null;
  themes: readonly Theme[];
  onSubmit: (goal: GoalDraft) => void;
  onClose: () => void;
}) {
  useRestoreFocus();
  const { t } = useTranslation();
  const [title, setTitle] = useState(props.goal?.title ?? '');
  const [why, setWhy] = useState(props.goal?.why ?? '');
  const [themeIds, setThemeIds] = useState<string[]>(props.goal?.themeIds ?? []);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError(t('goals.goalDialog.titleMissing'));
    props.onSubmit({ title: title.trim(), why: why.trim(), themeIds: props.themes.map((t) => t.id).filter((id) => themeIds.includes(id)) });
  };
  return (
    <Modal title={props.goal ? t('goals.goalDialog.editTitle') : t('goals.goalDialog.newTitle')} open onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label={t('goals.goalDialog.goal')} error={error} wide>
            {(f) => (
              <input
                id={f.id}
                value={title}
                maxLength={LIMITS.goal.title}
                aria-invalid={f.invalid}
                aria-describedby={f.describedBy}
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('goals.goalDialog.why')} wide>
            {(f) => <textarea id={f.id} value={why} maxLength={LIMITS.goal.why} onChange={(e) => setWhy(e.target.value)} />}
          </Field>
          {props.themes.length > 0 && (
            <fieldset className="checkbox-list field--wide">
              <legend>{t('goals.goalDialog.themes')}</legend>
              {props.themes.map((theme) => (
                <label key={theme.id}>
                  <input
                    type="checkbox"
                    checked={themeIds.includes(theme.id)}
                    onChange={(e) => setThemeIds((ids) => (e.target.checked ? [...ids, theme.id] : ids.filter((id) => id !== theme.id)))}
                  />{' '}
                  {theme.name}
                </label>
              ))}
            </fieldset>
          )}
        </div>
        <FormButtons submitLabel={props.goal ? t('goals.goalDialog.save') : t('goals.goalDialog.add')} onCancel={props.onClose} />
      </form>
    </Modal>
  );
}
