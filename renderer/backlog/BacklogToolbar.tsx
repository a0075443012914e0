import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { MAX_COLUMNS } from '../../shared/domain/backlog-columns';
import { isFiltering, matchesFilter } from '../../shared/domain/backlog-filters';
import { ActivityTypeSchema } from '../../shared/schema';
import { useWorkshop } from '../store/workshop-store';
import { ActionButton } from '../common/ActionButton';
import { addColumnAtEnd } from './backlog-commands';
import { useBacklogUiStore } from './backlog-ui-store';
import { typeOptions } from './backlog-text';

const NOBODY = '__nobody__';

/** New activity, add from canvas, add column; filters by type, owner and linked goal. */
export function BacklogToolbar() {
  const { t } = useTranslation();
  const id = useId();
  const columns = useWorkshop((w) => w.backlog.columns);
  const activities = useWorkshop((w) => w.backlog.activities);
  const members = useWorkshop((w) => w.members);
  const goals = useWorkshop((w) => w.goals);
  const filter = useBacklogUiStore((s) => s.filter);
  const { setFilter, clearFilter, setFromCanvasOpen, openColumnSettings } = useBacklogUiStore.getState();
  const filtering = isFiltering(filter);
  const shown = filtering ? activities.filter((a) => matchesFilter(a, filter)).length : activities.length;

  const newColumn = () => {
    const columnId = addColumnAtEnd();
    if (columnId) openColumnSettings(columnId);
  };

  return (
    <div className="backlog-toolbar">
      <div className="backlog-toolbar__actions" role="toolbar" aria-label={t('backlog.toolbar.label')}>
        <ActionButton id="backlog.newActivity" className="button button--primary">
          {t('backlog.toolbar.newActivity')}
        </ActionButton>
        <button type="button" className="button" onClick={() => setFromCanvasOpen(true)}>
          {t('backlog.toolbar.addFromCanvas')}
        </button>
        <button type="button" className="button" disabled={columns.length >= MAX_COLUMNS} onClick={newColumn}>
          {t('backlog.toolbar.addColumn')}
        </button>
      </div>
      <div className="backlog-filters" role="group" aria-label={t('backlog.filters.label')}>
        <span className="backlog-filters__field">
          <label htmlFor={`${id}-type`}>{t('backlog.filters.type')}</label>
          <select
            id={`${id}-type`}
            value={filter.type ?? ''}
            onChange={(e) => setFilter({ type: e.target.value ? ActivityTypeSchema.parse(e.target.value) : null })}
          >
            <option value="">{t('backlog.filters.allTypes')}</option>
            {typeOptions().map((o) => (
              <option key={o.type} value={o.type}>
                {o.label}
              </option>
            ))}
          </select>
        </span>
        <span className="backlog-filters__field">
          <label htmlFor={`${id}-owner`}>{t('backlog.filters.owner')}</label>
          <select
            id={`${id}-owner`}
            value={filter.owner === null ? '' : (filter.owner.id ?? NOBODY)}
            onChange={(e) => setFilter({ owner: e.target.value === '' ? null : { id: e.target.value === NOBODY ? null : e.target.value } })}
          >
            <option value="">{t('backlog.filters.anyone')}</option>
            <option value={NOBODY}>{t('backlog.filters.nobody')}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </span>
        <span className="backlog-filters__field">
          <label htmlFor={`${id}-goal`}>{t('backlog.filters.goal')}</label>
          <select id={`${id}-goal`} value={filter.goalId ?? ''} onChange={(e) => setFilter({ goalId: e.target.value || null })}>
            <option value="">{t('backlog.filters.anyGoal')}</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </span>
        <button type="button" className="button" disabled={!filtering} onClick={clearFilter}>
          {t('backlog.filters.clear')}
        </button>
        <span className="backlog-filters__count" role="status" aria-label={t('backlog.filters.countLabel')}>
          {filtering
            ? t('backlog.filters.showing', { shown, count: activities.length })
            : t('backlog.filters.count', { count: activities.length })}
        </span>
      </div>
      <p className="backlog-hint">
        <Trans i18nKey="backlog.hint" components={{ kbd: <kbd /> }} />
      </p>
    </div>
  );
}
