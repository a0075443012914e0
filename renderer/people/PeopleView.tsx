import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { describeMemberLinks, memberLinks } from '../../shared/domain/delete-member';
import { today } from '../../shared/domain/iso-date';
import { groupMembersByRole } from '../../shared/domain/member-search';
import type { Member } from '../../shared/schema';
import { currentWorkshop, useWorkshop } from '../store/workshop-store';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { roleGroupLabel } from '../common/labels';
import { useUndoOffer } from '../common/UndoOffer';
import { MemberDialog, type MemberDraft } from './MemberDialog';
import { MemberCard } from './MemberCard';
import { checkInNewcomer, removeMember, saveMemberDialog, setMemberPresent } from './people-commands';
import { usePeopleUiStore } from './people-ui-store';
import '../common/feature.css';
import './people.css';
import { LIMITS } from '../../shared/schema/limits';

type Editing = { kind: 'add' } | { kind: 'edit'; member: Member } | null;

export function PeopleView() {
  const { t } = useTranslation();
  const members = useWorkshop((w) => w.members);
  const participantIds = useWorkshop((w) => w.meta.participantIds);
  const query = usePeopleUiStore((s) => s.query);
  const setQuery = usePeopleUiStore((s) => s.setQuery);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Member | null>(null);
  const undoOffer = useUndoOffer();
  const groups = groupMembersByRole(members, query);
  const present = new Set(participantIds);
  const shown = groups.reduce((n, g) => n + g.members.length, 0);

  const save = (draft: MemberDraft) => {
    saveMemberDialog(editing?.kind === 'edit' ? editing.member.id : null, draft);
    setEditing(null);
  };

  const confirmDelete = () => {
    if (!deleting) return;
    const { id, name } = deleting;
    removeMember(id);
    setDeleting(null);
    undoOffer.offer(t('people.deleted', { name }));
  };

  return (
    <div className="page people">
      <header className="page__header">
        <h1>{t('people.title')}</h1>
        <p className="page__summary">
          {t('people.members', { count: members.length })} · {t('people.presentAtWorkshop', { count: participantIds.length })}
        </p>
        <input
          type="search"
          className="input people__search"
          aria-label={t('people.search')}
          placeholder={t('people.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="button button--primary" onClick={() => setEditing({ kind: 'add' })}>
          {t('people.addMember')}
        </button>
      </header>

      <CheckIn memberCount={members.length} presentCount={participantIds.length} />

      {query && (
        <p role="status" className="muted">
          {shown === 0 ? t('people.noMatch', { query }) : t('people.matches', { count: shown, total: members.length, query })}
        </p>
      )}

      <div className="people__groups">
        {groups.map((group) => {
          const headingId = `role-${group.role}`;
          const count = query ? t('people.groupCountFiltered', { shown: group.members.length, total: group.total }) : `${group.total}`;
          return (
            <section key={group.role} className="people__group" aria-labelledby={headingId}>
              <h2 id={headingId}>
                {roleGroupLabel(t, group.role)} <span className="people__count">({count})</span>
              </h2>
              {group.members.length === 0 ? (
                <p className="empty-hint">{group.total === 0 ? t('people.nobodyYet') : t('people.noMatchInGroup')}</p>
              ) : (
                <ul className="people__list">
                  {group.members.map((member) => (
                    <MemberCard
                      key={member.id}
                      member={member}
                      present={present.has(member.id)}
                      onPresentChange={(value) => setMemberPresent(member.id, value)}
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
          today={today()}
          onSubmit={save}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('people.deleteTitle', { name: deleting?.name ?? '' })}
        consequences={deleting ? describeMemberLinks(memberLinks(currentWorkshop(), deleting.id), t) : []}
        confirmLabel={t('people.deleteMember')}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
      {undoOffer.element}
    </div>
  );
}

/** Check-in: how many are here, and a quick way to add someone who is not a member yet. */
function CheckIn(props: { memberCount: number; presentCount: number }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [team, setTeam] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('people.checkIn.nameMissing'));
      return;
    }
    checkInNewcomer(name, team);
    setName('');
    setTeam('');
    setError(null);
  };
  return (
    <section className="card people__check-in" aria-labelledby="check-in-title">
      <div>
        <h2 id="check-in-title">{t('people.checkIn.title')}</h2>
        <p className="people__present">
          <Trans
            t={t}
            i18nKey="people.checkIn.present"
            count={props.presentCount}
            values={{ total: props.memberCount }}
            components={[<strong key="count" />]}
          />
        </p>
      </div>
      <form className="people__quick-add" onSubmit={submit} aria-label={t('people.checkIn.quickAdd')} noValidate>
        <label className="field">
          <span className="field__label">{t('people.checkIn.name')}</span>
          <input
            className="input"
            value={name}
            maxLength={LIMITS.member.name}
            aria-invalid={Boolean(error)}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">{t('people.checkIn.team')}</span>
          <input className="input" value={team} maxLength={LIMITS.member.team} onChange={(e) => setTeam(e.target.value)} />
        </label>
        <button type="submit" className="button">
          {t('people.checkIn.add')}
        </button>
        {error && (
          <span role="alert" className="field__error">
            {error}
          </span>
        )}
      </form>
      <p className="muted people__check-in-hint">{t('people.checkIn.hint')}</p>
    </section>
  );
}
