import { useMemo, useState, type FormEvent } from 'react';
import { LIMITS } from '../../shared/schema/limits';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES_FOR_STAGE, COMMUNITY_STAGES, currentStage, stageHistory, WEBBER_STAGE_OF } from '../../shared/domain/community-stages';
import type { CommunityStage } from '../../shared/schema';
import { Field } from '../common/fields';
import { activityTypeLabel, formatDate } from '../common/labels';
import { useWorkshop } from '../store/workshop-store';
import { localToday, recordCommunityStage } from './community-commands';
import './community.css';

/**
 * The community's stage where the backlog is planned: the current stage with its description and the activities
 * that suit it, the history (date, stage, why), and a form to record a new stage. Folded to one line by default.
 */
export function StagePanel() {
  const { t } = useTranslation();
  const community = useWorkshop((w) => w.community);
  const history = useMemo(() => stageHistory({ community }), [community]);
  const now = useMemo(() => currentStage({ community }), [community]);
  const [stage, setStage] = useState<CommunityStage>(now?.stage ?? 'coalescing');
  const [date, setDate] = useState(localToday());
  const [why, setWhy] = useState('');
  const shown = now?.stage ?? stage;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    recordCommunityStage(stage, date, why);
    setWhy('');
  };
  return (
    <details className="stage-panel card">
      <summary>
        <strong>{t('community.stage.title')}</strong>
        {': '}
        {now
          ? t('community.stage.current', { stage: t(`community.stageName.${now.stage}`), date: formatDate(now.date) })
          : t('community.stage.none')}
      </summary>
      <div className="stage-panel__body">
        <div>
          <p className="stage-now">{t(`community.stageName.${shown}`)}</p>
          <p>{t(`community.stageDescription.${shown}`)}</p>
          <p className="muted">{t('community.stage.webber', { stage: t(`community.webberStage.${WEBBER_STAGE_OF[shown]}`) })}</p>
          <h3>{t('community.stage.suits')}</h3>
          <ul className="chips">
            {ACTIVITIES_FOR_STAGE[shown].map((type) => (
              <li key={type} className="chip">
                {activityTypeLabel(t, type)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          {history.length > 0 && (
            <>
              <h3>{t('community.stage.history')}</h3>
              <ol className="stage-history">
                {[...history].reverse().map((e) => (
                  <li key={e.id}>
                    {t('community.stage.historyEntry', { date: formatDate(e.date), stage: t(`community.stageName.${e.stage}`) })}
                    {e.why && <span className="muted"> — {e.why}</span>}
                  </li>
                ))}
              </ol>
            </>
          )}
          <form onSubmit={submit} aria-label={t('community.stage.record')} className="form-grid">
            <Field label={t('community.stage.pick')}>
              {({ id }) => (
                <select id={id} value={stage} onChange={(e) => setStage(e.target.value as CommunityStage)}>
                  {COMMUNITY_STAGES.map((s) => (
                    <option key={s} value={s}>
                      {t(`community.stageName.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('community.stage.date')}>
              {({ id }) => (
                <input
                  id={id}
                  type="date"
                  value={date}
                  onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && setDate(e.target.value)}
                />
              )}
            </Field>
            <Field label={t('community.stage.why')} wide>
              {({ id }) => <input id={id} value={why} maxLength={LIMITS.stage.why} onChange={(e) => setWhy(e.target.value)} />}
            </Field>
            <div>
              <button type="submit" className="button">
                {t('community.stage.record')}
              </button>
            </div>
          </form>
        </div>
      </div>
    </details>
  );
}
