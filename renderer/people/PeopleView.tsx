import { useState, type FormEvent } from 'react';
import { addParticipant, setPresent } from '../../shared/domain/check-in';
import { deleteMember, describeMemberLinks, memberLinks } from '../../shared/domain/delete-member';
import { newId } from '../../shared/domain/ids';
import { localIsoDate } from '../../shared/domain/iso-date';
import { groupMembersByRole } from '../../shared/domain/member-search';
import type { Member } from '../../shared/schema';
import { currentWorkshop, useWorkshop, useWorkshopStore } from '../store/workshop-store';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ROLE_LABELS } from '../common/labels';
import { useUndoOffer } from '../common/UndoOffer';
import { MemberDialog, type MemberDraft } from './MemberDialog';
import { MemberCard } from './MemberCard';
import { usePeopleUi } from './people-store';
import '../common/feature.css';
import './people.css';

type Editing = { kind: 'add' } | { kind: 'edit'; member: Member } | null;

export function PeopleView() {
  const members = useWorkshop((w) => w.members);
  const participantIds = useWorkshop((w) => w.meta.participantIds);
  const query = usePeopleUi((s) => s.query);
  const setQuery = usePeopleUi((s) => s.setQuery);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Member | null>(null);
  const undoOffer = useUndoOffer();
  const change = useWorkshopStore((s) => s.change);
  const groups = groupMembersByRole(members, query);
  const present = new Set(participantIds);
  const shown = groups.reduce((n, g) => n + g.members.length, 0);

  const save = (draft: MemberDraft) => {
    if (editing?.kind === 'edit') {
      const id = editing.member.id;
      change('Edit member', (w) => {
        const m = w.members.find((x) => x.id === id);
        if (m) Object.assign(m, draft);
      });
    } else {
      change('Add member', (w) => void w.members.push({ id: newId(), ...draft }));
    }
    setEditing(null);
  };

  const confirmDelete = () => {
    if (!deleting) return;
    const { id, name } = deleting;
    change('Delete member', (w) => deleteMember(w, id));
    setDeleting(null);
    undoOffer.offer(`Deleted ${name}.`);
  };

  return (
    <div className="page people">
      <header className="page__header">
        <h1>People</h1>
        <p className="page__summary">
          {members.length} {members.length === 1 ? 'member' : 'members'} · {participantIds.length} present at this workshop
        </p>
        <input
          type="search"
          className="input people__search"
          aria-label="Search members"
          placeholder="Search name, team, interest…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="button button--primary" onClick={() => setEditing({ kind: 'add' })}>
          Add member
        </button>
      </header>

      <CheckIn memberCount={members.length} presentCount={participantIds.length} />

      {query && (
        <p role="status" className="muted">
          {shown === 0 ? `No member matches “${query}”.` : `${shown} of ${members.length} members match “${query}”.`}
        </p>
      )}

      <div className="people__groups">
        {groups.map((group) => {
          const headingId = `role-${group.role}`;
          const count = query ? `${group.members.length} of ${group.total}` : `${group.total}`;
          return (
            <section key={group.role} className="people__group" aria-labelledby={headingId}>
              <h2 id={headingId}>
                {ROLE_LABELS[group.role].many} <span className="people__count">({count})</span>
              </h2>
              {group.members.length === 0 ? (
                <p className="empty-hint">{group.total === 0 ? 'Nobody yet.' : 'No match.'}</p>
              ) : (
                <ul className="people__list">
                  {group.members.map((member) => (
                    <MemberCard
                      key={member.id}
                      member={member}
                      present={present.has(member.id)}
                      onPresentChange={(value) =>
                        change(value ? 'Check in' : 'Check out', (w) => setPresent(w, member.id, value))
                      }
                      onEdit={() => setEditing({ kind: 'edit', member })}
                      onDelete={() => setDeleting(member)}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>

      {editing && (
        <MemberDialog
          member={editing.kind === 'edit' ? editing.member : null}
          today={localIsoDate()}
          onSubmit={save}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting?.name ?? ''}?`}
        consequences={deleting ? describeMemberLinks(memberLinks(currentWorkshop(), deleting.id)) : []}
        confirmLabel="Delete member"
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
      {undoOffer.element}
    </div>
  );
}

/** Check-in: how many are here, and a quick way to add someone who is not a member yet. */
function CheckIn(props: { memberCount: number; presentCount: number }) {
  const change = useWorkshopStore((s) => s.change);
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Type the participant’s name first.');
      return;
    }
    change('Add participant', (w) => void addParticipant(w, { name, team, role: 'occasional' }, localIsoDate()));
    setName('');
    setTeam('');
    setError(null);
  };
  return (
    <section className="card people__check-in" aria-labelledby="check-in-title">
      <div>
        <h2 id="check-in-title">Check-in</h2>
        <p className="people__present">
          <strong>{props.presentCount}</strong> of {props.memberCount} present
        </p>
      </div>
      <form className="people__quick-add" onSubmit={submit} aria-label="Add a participant on the fly" noValidate>
        <label className="field">
          <span className="field__label">New participant’s name</span>
          <input className="input" value={name} maxLength={120} aria-invalid={Boolean(error)}
            onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">Their team</span>
          <input className="input" value={team} maxLength={120} onChange={(e) => setTeam(e.target.value)} />
        </label>
        <button type="submit" className="button">
          Add participant
        </button>
        {error && (
          <span role="alert" className="field__error">
            {error}
          </span>
        )}
      </form>
      <p className="muted people__check-in-hint">
        Tick “Present” on everyone in the room; they are the workshop’s participants. Newcomers join as
        occasional members.
      </p>
    </section>
  );
}
