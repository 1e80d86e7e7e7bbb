import type { Level } from '@halt/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BookingGroup, BookingRequest, BookingWindow, RequestTransition, Session } from '../entities';
import { recordSessionChanges } from '../outbox';
import { BookingWrites } from './booking-writes';

/** A request agreed outside the wizard (an accepted maatwerk proposal line): its sessions still open for the planner. */
export interface AgreedRequestInput {
  schoolId: string;
  offerId: string;
  /** The custom title and description of the line, kept in the request's notes. */
  notes: string;
  location: string;
  contact: { name: string; email: string; phone: string | null };
  level: Level;
  pupilCount: number;
  sessionCount: number;
  durationMinutes: number;
  staffNeeded: number;
  requiredSkill: string;
  windowFrom: string;
  windowTo: string;
  createdBy: string;
}

/**
 * Booking's write path for a request that was agreed before it was submitted (a maatwerk proposal the requester
 * accepted): the request, one group, one window over the agreed period and its open sessions, with the `create` and
 * `submit` transitions and the outbox event — in the caller's unit of work, so it commits with the acceptance.
 */
@Injectable()
export class AgreedRequests {
  constructor(private readonly writes: BookingWrites) {}

  async create(m: EntityManager, input: AgreedRequestInput): Promise<{ id: string; reference: string }> {
    const [{ n }] = await m.query(`SELECT nextval('booking_request_number_seq') AS n`);
    const reference = `AV-${input.windowFrom.slice(0, 4)}-${String(n).padStart(6, '0')}`;
    const request = await m.save(
      m.create(BookingRequest, {
        reference,
        schoolId: input.schoolId,
        offerId: input.offerId,
        status: 'draft',
        location: input.location,
        contactName: input.contact.name,
        contactEmail: input.contact.email,
        contactPhone: input.contact.phone,
        interpreter: false,
        interpreterLanguage: null,
        onlineParentMeeting: false,
        parentMeeting: false,
        funding: 'school',
        packageOrderId: null,
        packageCredits: null,
        series: null,
        notes: input.notes,
        createdBy: input.createdBy,
        submittedAt: new Date(),
      }),
    );
    const group = await m.save(
      m.create(BookingGroup, {
        requestId: request.id,
        position: 0,
        name: 'Maatwerk',
        level: input.level,
        pupilCount: Math.min(400, Math.max(1, input.pupilCount)),
      }),
    );
    await m.save(
      m.create(BookingWindow, {
        requestId: request.id,
        position: 0,
        fromDate: input.windowFrom,
        toDate: input.windowTo,
        weekdays: [1, 2, 3, 4, 5],
        earliest: '08:30',
        latest: '17:00',
      }),
    );
    const sessions = await m.save(
      Array.from({ length: input.sessionCount }, (_, i) =>
        m.create(Session, {
          requestId: request.id,
          sequence: i + 1,
          kind: 'lesson',
          groupId: group.id,
          status: 'open',
          durationMinutes: input.durationMinutes,
          staffNeeded: input.staffNeeded,
          requiredSkill: input.requiredSkill,
          windowFrom: input.windowFrom,
          windowTo: input.windowTo,
          proposedStart: null,
          parentToken: null,
        }),
      ),
    );
    await m.insert(RequestTransition, {
      requestId: request.id,
      fromState: null,
      toState: 'draft',
      event: 'create',
      byUserId: input.createdBy,
    });
    await this.writes.transitionRequest(
      m,
      {
        id: request.id,
        status: 'draft',
        schoolId: input.schoolId,
        offerId: input.offerId,
        packageOrderId: null,
        packageCredits: null,
      },
      'submit',
      input.createdBy,
    );
    await recordSessionChanges(
      m,
      sessions.map((s) => s.id),
    );
    return { id: request.id, reference };
  }
}
