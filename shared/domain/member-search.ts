import { MEMBER_ROLES, type Member, type MemberRole } from '../schema';
import { LIMITS } from '../schema/limits';

/** Whether a member matches a search: every word of the query appears in the name, team, interests or contact. */
export function memberMatches(member: Member, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [member.name, member.team, member.contact, member.role, ...member.interests].join(' ').toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

export interface RoleGroup {
  role: MemberRole;
  /** The group's members matching the query, by name. */
  members: Member[];
  /** All members with this role, whatever the query. */
  total: number;
}

/** Members grouped by role (core, active, occasional, sponsor — always all four), filtered by a search. */
export function groupMembersByRole(members: readonly Member[], query = ''): RoleGroup[] {
  return MEMBER_ROLES.map((role) => {
    const ofRole = members.filter((m) => m.role === role);
    return {
      role,
      total: ofRole.length,
      members: ofRole.filter((m) => memberMatches(m, query)).sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
}

/** The members who can be asked for means. */
export function sponsorsOf(members: readonly Member[]): Member[] {
  return members.filter((m) => m.role === 'sponsor');
}

/** Interests typed as "testing, TDD; legacy code" become clean, unique tags. */
export function parseInterests(text: string): string[] {
  const tags = text
    .split(/[,;\n]/)
    .map((t) => t.trim().slice(0, LIMITS.member.interest))
    .filter(Boolean);
  return [...new Set(tags)].slice(0, LIMITS.member.interests);
}
