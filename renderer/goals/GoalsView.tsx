import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasSource } from '../../shared/domain/canvas-links';
import { describeGoalLinks, goalLinks, objectiveMeasurementCount } from '../../shared/domain/delete-goal';
import type { Goal, Objective } from '../../shared/schema';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useUndoOffer } from '../common/UndoOffer';
import { currentWorkshop, useWorkshop } from '../store/workshop-store';
import { FromCanvasDialog } from './FromCanvasDialog';
import { GoalCard } from './GoalCard';
import { goalFromCanvas, removeGoal, removeObjective, saveGoalDialog, saveObjectiveDialog } from './goals-commands';
import { GoalDialog, type GoalDraft } from './GoalDialog';
import { ObjectiveDialog, type ObjectiveDraft } from './ObjectiveDialog';
import '../common/feature.css';
import './goals.css';

type Dialog =
  | { kind: 'new-goal' }
  | { kind: 'from-canvas' }
  | { kind: 'edit-goal'; goal: Goal }
  | { kind: 'objective'; goal: Goal; objective: Objective | null }
  | { kind: 'delete-goal'; goal: Goal }
  | { kind: 'delete-objective'; goal: Goal; objective: Objective }
  | null;

export function GoalsView() {
  const { t } = useTranslation();
  const goals = useWorkshop((w) => w.goals);
  const themes = useWorkshop((w) => w.canvas.themes);
  const [dialog, setDialog] = useState<Dialog>(null);
  const undoOffer = useUndoOffer();
  const close = () => setDialog(null);
  const objectiveCount = goals.reduce((n, g) => n + g.objectives.length, 0);

  const saveGoal = (draft: GoalDraft) => {
    saveGoalDialog(dialog?.kind === 'edit-goal' ? dialog.goal.id : null, draft);
    close();
  };

  const fromCanvas = (source: CanvasSource) => {
    goalFromCanvas(source);
    close();
  };

  const saveObjective = (draft: ObjectiveDraft) => {
    if (dialog?.kind !== 'objective') return;
    saveObjectiveDialog(dialog.goal.id, dialog.objective?.id ?? null, draft);
    close();
  };

  const confirmDelete = () => {
    if (dialog?.kind === 'delete-goal') {
      const { id, title } = dialog.goal;
      removeGoal(id);
      undoOffer.offer(t('goals.deletedGoal', { title }));
    } else if (dialog?.kind === 'delete-objective') {
      const goalId = dialog.goal.id;
      const { id, indicator } = dialog.objective;
      removeObjective(goalId, id);
      undoOffer.offer(t('goals.deletedObjective', { indicator }));
    }
    close();
  };

  const consequences = (): string[] => {
    if (dialog?.kind === 'delete-goal') {
      const objectives = dialog.goal.objectives.length;
      const lines = describeGoalLinks(goalLinks(currentWorkshop(), dialog.goal.id), t);
      return objectives ? [t('goals.objectivesGo', { count: objectives }), ...lines] : lines;
    }
    if (dialog?.kind === 'delete-objective') {
      const n = objectiveMeasurementCount(currentWorkshop(), dialog.objective.id);
      return n ? [t('goals.measurementsDeleted', { count: n })] : [];
    }
    return [];
  };

  return (
    <div className="page goals">
      <header className="page__header">
        <h1>{t('goals.title')}</h1>
        <p className="page__summary">
          {t('goals.goals', { count: goals.length })} · {t('goals.objectives', { count: objectiveCount })}
        </p>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'from-canvas' })}>
          {t('goals.newFromCanvas')}
        </button>
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'new-goal' })}>
          {t('goals.newGoal')}
        </button>
      </header>

      {goals.length === 0 ? (
        <div className="card goals__empty">
          <h2>{t('goals.empty.title')}</h2>
          <p>{t('goals.empty.text')}</p>
        </div>
      ) : (
        <div className="goals__list">
          {goals.map((goal) => (
            <GoalCard
              key={goal.id}
              goal={goal}
              onEdit={() => setDialog({ kind: 'edit-goal', goal })}
              onDelete={() => setDialog({ kind: 'delete-goal', goal })}
              onAddObjective={() => setDialog({ kind: 'objective', goal, objective: null })}
              onEditObjective={(objective) => setDialog({ kind: 'objective', goal, objective })}
              onDeleteObjective={(objective) => setDialog({ kind: 'delete-objective', goal, objective })}
            />
          ))}
        </div>
      )}

      {(dialog?.kind === 'new-goal' || dialog?.kind === 'edit-goal') && (
        <GoalDialog goal={dialog.kind === 'edit-goal' ? dialog.goal : null} themes={themes} onSubmit={saveGoal} onClose={close} />
      )}
      {dialog?.kind === 'from-canvas' && <FromCanvasDialog onSubmit={fromCanvas} onClose={close} />}
      {dialog?.kind === 'objective' && (
        <ObjectiveDialog goalTitle={dialog.goal.title} objective={dialog.objective} onSubmit={saveObjective} onClose={close} />
      )}
      <ConfirmDialog
        open={dialog?.kind === 'delete-goal' || dialog?.kind === 'delete-objective'}
        title={
          dialog?.kind === 'delete-goal'
            ? t('goals.deleteGoalTitle', { title: dialog.goal.title })
            : dialog?.kind === 'delete-objective'
              ? t('goals.deleteObjectiveTitle', { indicator: dialog.objective.indicator })
              : ''
        }
        consequences={consequences()}
        confirmLabel={dialog?.kind === 'delete-objective' ? t('goals.deleteObjective') : t('goals.deleteGoal')}
        onConfirm={confirmDelete}
        onCancel={close}
      />
      {undoOffer.element}
    </div>
  );
}
