import { type PlanSessionDto, RequestsService, SessionsService } from '@halt/api/booking';
import { UnitOfWork } from '@halt/api/database';
import type { AuthUser } from '@halt/api/security';
import type { BookingRequestDto } from '@halt/contracts';
import { Injectable } from '@nestjs/common';
import { MatchingService } from './matching.service';
import { PlanningProblemService } from './planning-problem.service';
import { SessionAssignments } from './session-assignments';

/**
 * Planning a session by hand: a date and time for the session and, when specialists are already on it, the same
 * specialists at the new time. One unit of work, locks in the fixed order (the session's specialists, then the
 * request and session): the specialists' hard rules at the new time are checked by the domain, the session gets
 * its time through the booking area's write path, and the database moves the occupied ranges — refusing, as a
 * 409 naming the other session, a move onto a time a specialist is already taken. Nothing changes on a refusal.
 * A session moved out of its specialist's absence no longer needs a replacement.
 */
@Injectable()
export class SessionPlanningService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionsService,
    private readonly requests: RequestsService,
    private readonly problems: PlanningProblemService,
    private readonly matching: MatchingService,
    private readonly assignments: SessionAssignments,
  ) {}

  async plan(user: AuthUser, id: string, dto: PlanSessionDto): Promise<BookingRequestDto> {
    const { start, requestId } = await this.sessions.checkSlot(user, id, dto);
    await this.uow.run(async (m) => {
      const staff = await this.assignments.staffOf(m, id);
      if (staff.length === 0) return this.sessions.setTime(m, user.id, id, start);
      await this.assignments.lockStaff(m, staff);
      const { problem, session } = await this.problems.forSession(id, m);
      this.matching.refuseBrokenRules(problem, id, await this.assignments.staffOf(m, id), start);
      const end = new Date(start.getTime() + session.duration_minutes * 60_000);
      const claims = await this.assignments.claimsAt(m, id, { start, end });
      const was = session.planned_start ? [new Date(session.planned_start)] : [];
      await this.assignments.releaseBuffers(m, id);
      await this.assignments.refusingOverlap(m, id, claims, () => this.sessions.setTime(m, user.id, id, start));
      await this.assignments.refreshBuffers(m, staff, [...was, start]);
      // Moved out of an absence (the rules above passed for every specialist on it): nobody needs replacing.
      await this.assignments.clearFlags(m, id);
    });
    return this.requests.get(user, requestId);
  }
}
