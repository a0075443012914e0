import { useState } from 'react';
import { addGoalFromCanvas, type CanvasSource } from '../../shared/domain/canvas-links';
import { deleteGoal, deleteObjective, describeGoalLinks, goalLinks, objectiveMeasurementCount } from '../../shared/domain/delete-goal';
import { newId } from '../../shared/domain/ids';
import type { Goal, Objective } from '../../shared/schema';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useUndoOffer } from '../common/UndoOffer';
import { currentWorkshop, useWorkshop, useWorkshopStore } from '../store/workshop-store';
import { FromCanvasDialog } from './FromCanvasDialog';
import { GoalCard } from './GoalCard';
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
  const goals = useWorkshop((w) => w.goals);
  const themes = useWorkshop((w) => w.canvas.themes);
  const change = useWorkshopStore((s) => s.change);
  const [dialog, setDialog] = useState<Dialog>(null);
  const undoOffer = useUndoOffer();
  const close = () => setDialog(null);
  const objectiveCount = goals.reduce((n, g) => n + g.objectives.length, 0);

  const saveGoal = (draft: GoalDraft) => {
    if (dialog?.kind === 'edit-goal') {
      const id = dialog.goal.id;
      change('Edit goal', (w) => {
        const goal = w.goals.find((g) => g.id === id);
        if (goal) Object.assign(goal, draft);
      });
    } else {
      change('Add goal', (w) => void w.goals.push({ id: newId(), ...draft, objectives: [], source: null }));
    }
    close();
  };

  const fromCanvas = (source: CanvasSource) => {
    change('Make this a goal', (w) => void addGoalFromCanvas(w, source));
    close();
  };

  const saveObjective = (draft: ObjectiveDraft) => {
    if (dialog?.kind !== 'objective') return;
    const goalId = dialog.goal.id;
    const objectiveId = dialog.objective?.id;
    change(objectiveId ? 'Edit objective' : 'Add objective', (w) => {
      const goal = w.goals.find((g) => g.id === goalId);
      if (!goal) return;
      const existing = goal.objectives.find((o) => o.id === objectiveId);
      if (existing) Object.assign(existing, draft);
      else goal.objectives.push({ id: newId(), ...draft });
    });
    close();
  };

  const confirmDelete = () => {
    if (dialog?.kind === 'delete-goal') {
      const { id, title } = dialog.goal;
      change('Delete goal', (w) => deleteGoal(w, id));
      undoOffer.offer(`Deleted goal “${title}”.`);
    } else if (dialog?.kind === 'delete-objective') {
      const goalId = dialog.goal.id;
      const { id, indicator } = dialog.objective;
      change('Delete objective', (w) => deleteObjective(w, goalId, id));
      undoOffer.offer(`Deleted objective “${indicator}”.`);
    }
    close();
  };

  const consequences = (): string[] => {
    if (dialog?.kind === 'delete-goal') {
      const objectives = dialog.goal.objectives.length;
      const lines = describeGoalLinks(goalLinks(currentWorkshop(), dialog.goal.id));
      return objectives ? [`Its ${objectives} ${objectives === 1 ? 'objective goes' : 'objectives go'} with it.`, ...lines] : lines;
    }
    if (dialog?.kind === 'delete-objective') {
      const n = objectiveMeasurementCount(currentWorkshop(), dialog.objective.id);
      return n ? [`${n} ${n === 1 ? 'measurement' : 'measurements'} of it will be deleted.`] : [];
    }
    return [];
  };

  return (
    <div className="page goals">
      <header className="page__header">
        <h1>Goals</h1>
        <p className="page__summary">
          {goals.length} {goals.length === 1 ? 'goal' : 'goals'} · {objectiveCount} measurable {objectiveCount === 1 ? 'objective' : 'objectives'}
        </p>
        <button type="button" className="button" onClick={() => setDialog({ kind: 'from-canvas' })}>
          New goal from canvas theme…
        </button>
        <button type="button" className="button button--primary" onClick={() => setDialog({ kind: 'new-goal' })}>
          New goal
        </button>
      </header>

      {goals.length === 0 ? (
        <div className="card goals__empty">
          <h2>What does success look like?</h2>
          <p>
            Turn the top themes of the canvas into goals, each with measurable objectives: an indicator, where you start
            (baseline), where you want to be (target) and by when. Example: “By sharing knowledge we reuse other teams’
            libraries and save time for business features.”
          </p>
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
            ? `Delete goal “${dialog.goal.title}”?`
            : dialog?.kind === 'delete-objective'
              ? `Delete objective “${dialog.objective.indicator}”?`
              : ''
        }
        consequences={consequences()}
        confirmLabel={dialog?.kind === 'delete-objective' ? 'Delete objective' : 'Delete goal'}
        onConfirm={confirmDelete}
        onCancel={close}
      />
      {undoOffer.element}
    </div>
  );
}
