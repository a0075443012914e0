import { produce } from 'immer';
import { describe, expect, test } from 'vitest';
import { addParticipant, offeredVoters, setPresent } from '../../../shared/domain/check-in';
import { deleteMember, describeMemberLinks, memberLinks } from '../../../shared/domain/delete-member';
import { groupMembersByRole, parseInterests, sponsorsOf } from '../../../shared/domain/member-search';
import { createWorkshop } from '../../../shared/domain/new-workshop';
import { WorkshopSchema, type Workshop } from '../../../shared/schema';
import { activity, ask, member, note } from '../../builders';
import { translator } from '../../../shared/i18n';

function workshopWithLinkedMember(): Workshop {
  const w = createWorkshop();
  w.members.push(member({ id: 'm1', name: 'Ana', role: 'core' }), member({ id: 'm2', name: 'Ben', role: 'sponsor' }));
  w.meta.participantIds = ['m1', 'm2'];
  w.canvas.notes.push(note({ id: 'n1', text: 'Katas', author: 'Ana', authorMemberId: 'm1', width: 100, height: 80 }));
  w.canvas.voting.participantIds = ['m1', 'm2'];
  w.canvas.votes.push(
    { id: 'v1', participantId: 'm1', target: { kind: 'note', id: 'n1' } },
    { id: 'v2', participantId: 'm2', target: { kind: 'note', id: 'n1' } },
  );
  w.sponsorAsks.push(ask({ id: 'a1', what: 'Time', amount: 2, unit: 'h', sponsorId: 'm1' }));
  w.backlog.activities.push(activity({ id: 'act1', type: 'code-kata', title: 'Kata', ownerId: 'm1' }));
  w.backlog.columns[0]!.activityIds.push('act1');
  return w;
}

describe('members', () => {
  test('grouped by role in a fixed order with counts, sorted by name, filtered by search words', () => {
    const members = [
      member({ id: '1', name: 'Zoé', role: 'core', team: 'Payments', interests: ['TDD'] }),
      member({ id: '2', name: 'Ana', role: 'core', team: 'Search' }),
      member({ id: '3', name: 'Carl', role: 'sponsor', team: 'Payments' }),
    ];
    const all = groupMembersByRole(members);
    expect(all.map((g) => [g.role, g.total, g.members.map((m) => m.name)])).toEqual([
      ['core', 2, ['Ana', 'Zoé']],
      ['active', 0, []],
      ['occasional', 0, []],
      ['sponsor', 1, ['Carl']],
    ]);
    const payments = groupMembersByRole(members, 'payments tdd');
    expect(payments.map((g) => g.members.map((m) => m.name))).toEqual([['Zoé'], [], [], []]);
    expect(payments[0]!.total).toBe(2);
    expect(sponsorsOf(members).map((m) => m.name)).toEqual(['Carl']);
  });

  test('interests typed as a list become unique tags', () => {
    expect(parseInterests(' TDD, legacy code;TDD\n\n, ')).toEqual(['TDD', 'legacy code']);
  });

  test('check-in marks members present once, and adds newcomers on the fly', () => {
    const w = produce(workshopWithLinkedMember(), (d) => {
      d.meta.participantIds = [];
      setPresent(d, 'm1', true);
      setPresent(d, 'm1', true);
      setPresent(d, 'ghost', true);
      addParticipant(d, { name: '  Dana ', team: 'Ops' }, '2026-11-24');
    });
    expect(w.meta.participantIds).toHaveLength(2);
    expect(w.members.at(-1)).toMatchObject({ name: 'Dana', team: 'Ops', role: 'occasional', joined: '2026-11-24' });
    const absent = produce(w, (d) => setPresent(d, 'm1', false));
    expect(absent.meta.participantIds).not.toContain('m1');
    expect(WorkshopSchema.safeParse(absent).success).toBe(true);
  });

  test('check-in feeds the vote: present members (not sponsors) are the voters; absent ones are not offered', () => {
    const w = produce(workshopWithLinkedMember(), (d) => {
      d.meta.participantIds = [];
      d.canvas.voting.participantIds = [];
      d.canvas.votes = [];
      d.members.push(member({ id: 'boss', name: 'Boss', role: 'sponsor' }));
      setPresent(d, 'm1', true);
      setPresent(d, 'boss', true);
      addParticipant(d, { name: 'Dana' }, '2026-11-24');
    });
    const dana = w.members.find((m) => m.name === 'Dana')!.id;
    expect(w.canvas.voting.participantIds).toEqual(['m1', dana]);
    expect(offeredVoters(w).map((m) => m.name)).not.toContain('Boss');
    expect(offeredVoters(w).map((m) => m.id)).not.toContain('m2');
    const absent = produce(w, (d) => setPresent(d, 'm1', false));
    expect(absent.canvas.voting.participantIds).toEqual([dana]);
    expect(offeredVoters(absent).map((m) => m.id)).toEqual([dana]);
  });

  test('deleting a linked member says what changes, and leaves no dangling reference', () => {
    const w = workshopWithLinkedMember();
    const links = memberLinks(w, 'm1');
    expect(links).toEqual({ participant: true, notesAuthored: 1, votes: 1, sponsorAsks: 1, activitiesOwned: 1 });
    expect(describeMemberLinks(links, translator('en'))).toHaveLength(5);
    expect(describeMemberLinks(memberLinks(w, 'm2'), translator('en'))).toEqual([
      'They are checked in as a participant of this workshop.',
      '1 vote they placed will be removed.',
    ]);
    const next = produce(w, (d) => deleteMember(d, 'm1'));
    expect(next.members.map((m) => m.id)).toEqual(['m2']);
    expect(next.canvas.notes[0]).toMatchObject({ author: 'Ana', authorMemberId: null });
    expect(next.canvas.votes.map((v) => v.id)).toEqual(['v2']);
    expect(next.sponsorAsks[0]!.sponsorId).toBeNull();
    expect(next.backlog.activities[0]!.ownerId).toBeNull();
    expect(WorkshopSchema.safeParse(next).success).toBe(true);
  });
});
