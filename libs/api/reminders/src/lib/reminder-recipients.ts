import { type ReminderAudience, travelMinutes } from '@halt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** One recipient of a reminder, in their language; `userId` when they also get an in-app notification. */
export interface Recipient {
  email: string;
  name: string | null;
  language: 'nl' | 'en';
  userId: string | null;
  travelMinutes: number | null;
}

/** A planner of a region, as the planners' messages address them. */
export interface Planner {
  id: string;
  email: string;
  name: string;
  language: 'nl' | 'en';
}

/** Who receives what the reminder jobs send. */
@Injectable()
export class ReminderRecipients {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Who gets a session reminder for this audience: the school contact, the assigned staff (not one an absence took
   * off it), the planners.
   */
  async forAudience(
    audience: ReminderAudience,
    s: {
      id: string;
      contact_email: string;
      contact_name: string;
      /** The requester's id (school, club, wijkpartner or gemeente): its contact's account is looked up there. */
      requester_id: string;
      region_id: string;
      latitude: number;
      longitude: number;
    },
  ): Promise<Recipient[]> {
    switch (audience) {
      case 'school': {
        const [user] = await this.dataSource.query(
          `SELECT id, language FROM app_user
            WHERE lower(email) = lower($1) AND $2 IN (school_id, club_id, partner_id, municipality_id) AND active`,
          [s.contact_email, s.requester_id],
        );
        return [
          {
            email: s.contact_email,
            name: s.contact_name,
            language: user?.language ?? 'nl',
            userId: user?.id ?? null,
            travelMinutes: null,
          },
        ];
      }
      case 'staff': {
        const rows: {
          id: string;
          email: string;
          name: string;
          language: 'nl' | 'en';
          home_latitude: number;
          home_longitude: number;
        }[] = await this.dataSource.query(
          `SELECT u.id, u.email, sm.name, u.language, sm.home_latitude, sm.home_longitude
               FROM session_assignment a JOIN staff_member sm ON sm.id = a.staff_id JOIN app_user u ON u.id = sm.user_id
              WHERE a.session_id = $1 AND a.absence_id IS NULL AND u.active ORDER BY sm.name`,
          [s.id],
        );
        return rows.map((r) => ({
          email: r.email,
          name: r.name,
          language: r.language,
          userId: r.id,
          travelMinutes: travelMinutes(
            { lat: r.home_latitude, lon: r.home_longitude },
            { lat: s.latitude, lon: s.longitude },
          ),
        }));
      }
      case 'planner': {
        const rows = await this.planners(s.region_id);
        return rows.map((r) => ({
          email: r.email,
          name: r.name,
          language: r.language,
          userId: r.id,
          travelMinutes: null,
        }));
      }
      default:
        return [];
    }
  }

  /** The parents who left their address on a parent meeting's page (they get its reminder, and nothing else). */
  async parents(sessionId: string): Promise<Recipient[]> {
    const parents: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM parent_registration WHERE session_id = $1 ORDER BY created_at`,
      [sessionId],
    );
    return parents.map((p) => ({
      email: p.email,
      name: null,
      language: 'nl' as const,
      userId: null,
      travelMinutes: null,
    }));
  }

  /** The active planners of a region, by e-mail address. */
  planners(regionId: string): Promise<Planner[]> {
    return this.dataSource.query(
      `SELECT u.id, u.email, u.name, u.language FROM app_user u JOIN user_region ur ON ur.user_id = u.id
        WHERE u.role = 'planner' AND u.active AND ur.region_id = $1 ORDER BY u.email`,
      [regionId],
    );
  }
}
