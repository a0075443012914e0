import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseInterests } from '../../shared/domain/member-search';
import { MEMBER_ROLES, type Member, type MemberRole } from '../../shared/schema';
import { Modal } from '../common/Modal';
import { useRestoreFocus } from '../common/restore-focus';
import { Field, FormButtons } from '../common/fields';
import { roleLabel } from '../common/labels';
import { LIMITS } from '../../shared/schema/limits';

export type MemberDraft = Omit<Member, 'id'>;

/** Add or edit a member. The whole form is one undo step ("Add member", "Edit member"). */
export function MemberDialog(props: {
  member: Member | null;
  defaultRole?: MemberRole;
  today: string;
  onSubmit: (member: MemberDraft) => void;
  onClose: () => void;
}) {
  useRestoreFocus();
  const { t } = useTranslation();
  const editing = props.member;
  const [name, setName] = useState(editing?.name ?? '');
  const [team, setTeam] = useState(editing?.team ?? '');
  const [role, setRole] = useState<MemberRole>(editing?.role ?? props.defaultRole ?? 'active');
  const [interests, setInterests] = useState(editing?.interests.join(', ') ?? '');
  const [joined, setJoined] = useState(editing ? (editing.joined ?? '') : props.today);
  const [contact, setContact] = useState(editing?.contact ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('people.dialog.nameMissing'));
      return;
    }
    props.onSubmit({
      name: name.trim(),
      team: team.trim(),
      role,
      interests: parseInterests(interests),
      joined: joined || null,
      contact: contact.trim(),
    });
  };

  return (
    <Modal
      title={editing ? t('people.dialog.editTitle', { name: editing.name }) : t('people.dialog.addTitle')}
      open
      onClose={props.onClose}
    >
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <Field label={t('people.dialog.name')} error={error}>
            {(f) => (
              <input
                id={f.id}
                value={name}
                maxLength={LIMITS.member.name}
                autoFocus
                aria-invalid={f.invalid}
                aria-describedby={f.describedBy}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('people.dialog.team')}>
            {(f) => <input id={f.id} value={team} maxLength={LIMITS.member.team} onChange={(e) => setTeam(e.target.value)} />}
          </Field>
          <Field label={t('people.dialog.role')}>
            {(f) => (
              <select id={f.id} value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
                {MEMBER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(t, r)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('people.dialog.joined')}>
            {(f) => <input id={f.id} type="date" value={joined} onChange={(e) => setJoined(e.target.value)} />}
          </Field>
          <Field label={t('people.dialog.interests')} hint={t('people.dialog.interestsHint')} wide>
            {(f) => <input id={f.id} value={interests} aria-describedby={f.describedBy} onChange={(e) => setInterests(e.target.value)} />}
          </Field>
          <Field label={t('people.dialog.contact')} hint={t('people.dialog.contactHint')} wide>
            {(f) => (
              <input
                id={f.id}
                value={contact}
                maxLength={LIMITS.member.contact}
                aria-describedby={f.describedBy}
                onChange={(e) => setContact(e.target.value)}
              />
            )}
          </Field>
        </div>
        <FormButtons submitLabel={editing ? t('people.dialog.save') : t('people.dialog.add')} onCancel={props.onClose} />
      </form>
    </Modal>
  );
}
