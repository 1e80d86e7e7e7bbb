import { APP_CONFIG, type AppConfig } from '@halt/api/config';
import { PG_UNIQUE_VIOLATION, pgError, UnitOfWork } from '@halt/api/database';
import { type AuthUser, passwordLink, passwordLinkToken, passwordTokenHash, RequestContext } from '@halt/api/security';
import type { FieldError, Page, Role, SetPasswordResultDto, UserDto } from '@halt/contracts';
import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  GoneException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUserLoader, organisationOf, toAuthUser, usersWithOrganisation } from './auth-user.loader';
import { AuthService } from './auth.service';
import type { InviteUserDto, UpdateUserDto, UserListQueryDto } from './dto';
import { PasswordService } from './password.service';
import type { PasswordTokenPurpose } from './password-token.entity';
import type { User } from './user.entity';

const HOUR = 3_600_000;
/** How long a one-time link works: an invitation a week, a reset an hour, the first admin's link three days. */
export const LINK_LIFETIME_MS: Record<PasswordTokenPurpose, number> = {
  invite: 7 * 24 * HOUR,
  reset: HOUR,
  bootstrap: 72 * HOUR,
};
/** Reset e-mails per address per hour; more requests still get the same answer, but no e-mail. */
export const RESET_MAILS_PER_HOUR = 3;
/** A reset request is answered no sooner than this, whether the address has an account or not. */
const RESET_ANSWER_MS = 300;

const SYSTEM_CLI = { kind: 'system', name: 'cli' } as const;
const invalid = (errors: FieldError[]) => new BadRequestException({ message: 'Controleer de invoer', errors });

export interface IssuedLink {
  tokenId: string;
  link: string;
  expiresAt: Date;
}

/** Whose users a signed-in user manages: every organisation (admins), or their own school or gemeente. */
type Scope = { kind: 'all' } | { kind: OrgKind; id: string };

/** The organisations whose main contact invites its own users, with their app_user column. */
type OrgKind = 'school' | 'municipality' | 'club' | 'partner';
const ORG: Record<OrgKind, { column: 'school_id' | 'municipality_id' | 'club_id' | 'partner_id' }> = {
  school: { column: 'school_id' },
  municipality: { column: 'municipality_id' },
  club: { column: 'club_id' },
  partner: { column: 'partner_id' },
};

/** An invited account's organisation: exactly the one its role needs. */
interface NewOrganisation {
  schoolId: string | null;
  municipalityId: string | null;
  clubId: string | null;
  partnerId: string | null;
  regionIds: string[];
}

/**
 * Accounts without the demo seed: the first admin (`create-admin`), invitations, one-time links to set a
 * password, self-service reset, deactivation and role changes. Every write is one unit of work; the links'
 * e-mails leave through the outbox (`account.mail`), in the same transaction as their token.
 */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly users: AuthUserLoader,
  ) {}

  /**
   * The first admin, from the command line (actor `system/cli`): a new admin account without a password, and a
   * link to set one. Again for the same address while it still has no password: a fresh link (the old one stops).
   * An address that already signs in is refused.
   */
  async createAdmin(email: string, name: string): Promise<IssuedLink & { userId: string; created: boolean }> {
    return this.uow.run(
      async (m) => {
        const [existing]: { id: string; role: Role; has_password: boolean }[] = await m.query(
          `SELECT id, role, password_hash IS NOT NULL AS has_password FROM app_user WHERE lower(email) = lower($1)`,
          [email],
        );
        if (existing && (existing.role !== 'admin' || existing.has_password)) {
          throw new ConflictException({
            message: `Er is al een account met het e-mailadres ${email} (rol ${existing.role}). Gebruik "Wachtwoord vergeten?" op de inlogpagina.`,
            conflict: { email, role: existing.role },
          });
        }
        const userId =
          existing?.id ??
          (
            (await m.query(`INSERT INTO app_user (email, name, role) VALUES ($1, $2, 'admin') RETURNING id`, [
              email,
              name,
            ])) as { id: string }[]
          )[0].id;
        const link = await this.issue(m, userId, 'bootstrap', null);
        return { ...link, userId, created: !existing };
      },
      { actor: SYSTEM_CLI },
    );
  }

  /**
   * Sets the password of the link's account and uses the link up. Every open session of the account ends (a
   * reset may follow a stolen password). An unknown link is a 400, a used, replaced or expired one a 410.
   */
  async setPassword(token: string, password: string): Promise<SetPasswordResultDto> {
    const hash = passwordTokenHash(token);
    const [owner]: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM password_token WHERE token_hash = $1`,
      [hash],
    );
    if (!owner)
      throw new BadRequestException('Deze link is ongeldig. Controleer of u de hele link uit de e-mail gebruikt.');
    // The trail names the person who sets their password.
    const loaded = await this.users.load(owner.user_id);
    if (loaded) RequestContext.setActor(toAuthUser(loaded.user));
    const passwordHash = await this.passwords.hash(password);
    const outcome = await this.uow.run(async (m) => {
      const [row]: { id: string; user_id: string; email: string; used: boolean; expired: boolean }[] = await m.query(
        `SELECT t.id, t.user_id, u.email, (t.used_at IS NOT NULL OR t.revoked_at IS NOT NULL) AS used,
                (t.expires_at <= now() OR NOT u.active) AS expired
           FROM password_token t JOIN app_user u ON u.id = t.user_id
          WHERE t.token_hash = $1 FOR UPDATE OF t`,
        [hash],
      );
      if (!row) return 'unknown' as const;
      if (row.used) return 'used' as const;
      if (row.expired) return 'expired' as const;
      await m.query(`UPDATE password_token SET used_at = now() WHERE id = $1`, [row.id]);
      await m.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [row.user_id, passwordHash]);
      await this.endAllSessions(m, row.user_id, 'password_set');
      return { email: row.email };
    });
    if (outcome === 'unknown') throw new BadRequestException('Deze link is ongeldig.');
    if (outcome === 'used') {
      throw new GoneException(
        'Deze link is al gebruikt of vervangen door een nieuwere. Vraag een nieuwe link aan via "Wachtwoord vergeten?".',
      );
    }
    if (outcome === 'expired') {
      throw new GoneException('Deze link is verlopen. Vraag een nieuwe link aan via "Wachtwoord vergeten?".');
    }
    return outcome;
  }

  /**
   * Self-service reset: an e-mail with a one-hour link to an active account's address, at most
   * RESET_MAILS_PER_HOUR an hour. The caller learns nothing: the answer is the same, and comes no sooner than
   * RESET_ANSWER_MS, whether the address has an account, was asked for too often, or not.
   */
  async requestReset(email: string): Promise<void> {
    const started = Date.now();
    try {
      const [user]: { id: string; recent: number }[] = await this.dataSource.query(
        `SELECT u.id, (SELECT count(*)::int FROM password_token t WHERE t.user_id = u.id AND t.purpose = 'reset'
                        AND t.created_at > now() - interval '1 hour') AS recent
           FROM app_user u WHERE lower(u.email) = lower($1) AND u.active`,
        [email],
      );
      if (user && user.recent < RESET_MAILS_PER_HOUR) {
        await this.uow
          .run((m) => this.issue(m, user.id, 'reset', null, true))
          .catch((e) => {
            // Two requests at the same moment: the other one's link is the open one.
            if (pgError(e)?.code !== PG_UNIQUE_VIOLATION) throw e;
          });
      }
    } finally {
      await sleep(Math.max(0, started + RESET_ANSWER_MS - Date.now()));
    }
  }

  /** Invites a person: a new account without password, and an e-mail with a link valid for a week. */
  async invite(me: AuthUser, dto: InviteUserDto): Promise<UserDto> {
    const scope = await this.scopeOf(me);
    const org = this.organisationFor(scope, me, dto);
    if (dto.mainContact && !['school', 'gemeente', 'vereniging', 'wijkpartner'].includes(dto.role)) {
      throw invalid([
        {
          field: 'mainContact',
          message: 'alleen een account van een school, gemeente, sportvereniging of wijkpartner kan hoofdcontact zijn',
        },
      ]);
    }
    const id = await this.uow.run(async (m) => {
      const [taken] = await m.query(`SELECT id FROM app_user WHERE lower(email) = lower($1)`, [dto.email]);
      if (taken) {
        throw new ConflictException({
          message: `Er is al een account met het e-mailadres ${dto.email}`,
          conflict: { email: dto.email },
        });
      }
      await this.checkOrganisationExists(m, org);
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO app_user (email, name, role, language, school_id, municipality_id, club_id, partner_id,
                               is_main_contact)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          dto.email,
          dto.name,
          dto.role,
          dto.language ?? 'nl',
          org.schoolId,
          org.municipalityId,
          org.clubId,
          org.partnerId,
          !!dto.mainContact,
        ],
      );
      for (const regionId of org.regionIds) {
        await m.query(`INSERT INTO user_region (user_id, region_id) VALUES ($1, $2)`, [row.id, regionId]);
      }
      await this.issue(m, row.id, 'invite', me.id, true);
      return row.id;
    });
    return this.get(me, id);
  }

  /** A new invitation e-mail for an account that has not set its password yet; the previous link stops. */
  async resendInvitation(me: AuthUser, id: string): Promise<UserDto> {
    const user = await this.inScope(me, id);
    if (user.status !== 'invited') {
      throw new ConflictException({
        message:
          user.status === 'active'
            ? 'Deze gebruiker heeft al een wachtwoord; een nieuwe uitnodiging is niet nodig'
            : 'Deze gebruiker is gedeactiveerd; activeer het account eerst opnieuw',
        conflict: { status: user.status },
      });
    }
    await this.uow.run((m) => this.issue(m, id, 'invite', me.id, true));
    return this.get(me, id);
  }

  /** Deactivates an account: its sessions end at once and its open links stop. The last active admin stays, and
   * nobody deactivates their own account. */
  async deactivate(me: AuthUser, id: string): Promise<UserDto> {
    await this.inScope(me, id);
    await this.uow.run(async (m) => {
      const [target]: { role: Role; active: boolean }[] = await m.query(
        `SELECT role, active FROM app_user WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!target.active) return;
      if (target.role === 'admin') await this.keepAnAdmin(m, id, 'deactivate');
      if (id === me.id) {
        throw new ConflictException({
          message: 'U kunt uw eigen account niet deactiveren; vraag dat aan een beheerder of een ander hoofdcontact',
          conflict: { constraint: 'own_account', userId: id },
        });
      }
      await m.query(`UPDATE app_user SET active = false WHERE id = $1`, [id]);
      await m.query(
        `UPDATE password_token SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
        [id],
      );
      await this.endAllSessions(m, id, 'account_deactivated');
    });
    return this.get(me, id);
  }

  async reactivate(me: AuthUser, id: string): Promise<UserDto> {
    await this.inScope(me, id);
    await this.uow.run((m) => m.query(`UPDATE app_user SET active = true WHERE id = $1 AND NOT active`, [id]));
    return this.get(me, id);
  }

  /**
   * A role change (admins only, between roles with the same kind of organisation: planner and staff keep their
   * regions, either can become admin), or the main-contact mark (admins, and a main contact in their own
   * organisation). The last active admin keeps the role.
   */
  async update(me: AuthUser, id: string, dto: UpdateUserDto): Promise<UserDto> {
    const user = await this.inScope(me, id);
    if (dto.role !== undefined && dto.role !== user.role) {
      if (me.role !== 'admin') throw new ForbiddenException('Alleen beheerders kunnen een rol wijzigen');
      const halt: Role[] = ['planner', 'staff', 'admin'];
      if (!halt.includes(dto.role) || !halt.includes(user.role)) {
        throw invalid([
          {
            field: 'role',
            message: `een ${user.role}-account kan niet ${dto.role} worden: nodig de persoon uit voor de nieuwe organisatie`,
          },
        ]);
      }
    }
    const role = dto.role ?? user.role;
    if (dto.mainContact && !['school', 'gemeente'].includes(role)) {
      throw invalid([{ field: 'mainContact', message: 'alleen een school- of gemeenteaccount kan hoofdcontact zijn' }]);
    }
    await this.uow.run(async (m) => {
      if (role !== user.role) {
        if (user.role === 'admin') await this.keepAnAdmin(m, id, 'change the role of');
        const [{ regions }] = await m.query(`SELECT count(*)::int AS regions FROM user_region WHERE user_id = $1`, [
          id,
        ]);
        if (role === 'admin') await m.query(`DELETE FROM user_region WHERE user_id = $1`, [id]);
        else if (regions === 0) {
          throw invalid([
            { field: 'role', message: `een ${role} heeft een regio nodig: nodig de persoon opnieuw uit` },
          ]);
        }
        await m.query(`UPDATE app_user SET role = $2 WHERE id = $1`, [id, role]);
        // The role is in every access token: the account signs in again.
        await this.endAllSessions(m, id, 'role_changed');
      }
      if (dto.mainContact !== undefined) {
        await m.query(`UPDATE app_user SET is_main_contact = $2 WHERE id = $1`, [id, dto.mainContact]);
      }
    });
    return this.get(me, id);
  }

  /** The users the signed-in user manages, paged in SQL, newest sign-in first within name order. */
  async list(me: AuthUser, q: UserListQueryDto): Promise<Page<UserDto>> {
    const scope = await this.scopeOf(me);
    const qb = this.query();
    if (scope.kind !== 'all') qb.andWhere(`u.${ORG[scope.kind].column} = :org`, { org: scope.id });
    if (q.role) qb.andWhere('u.role = :role', { role: q.role });
    if (q.status === 'deactivated') qb.andWhere('NOT u.active');
    if (q.status === 'invited') qb.andWhere('u.active AND u.password_hash IS NULL');
    if (q.status === 'active') qb.andWhere('u.active AND u.password_hash IS NOT NULL');
    if (q.q) {
      qb.andWhere(`(u.name ILIKE :q ESCAPE '\\' OR u.email ILIKE :q ESCAPE '\\')`, {
        q: `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const [rows, total] = await qb
      .orderBy('u.role')
      .addOrderBy('u.name')
      .addOrderBy('u.id')
      .skip((q.page - 1) * q.pageSize)
      .take(q.pageSize)
      .getManyAndCount();
    return { items: rows.map(toUserDto), total, page: q.page, pageSize: q.pageSize };
  }

  /** One account the signed-in user manages, or themself; anything else is a 404. */
  async get(me: AuthUser, id: string): Promise<UserDto> {
    if (me.id !== id) {
      // Someone who manages nobody learns nothing about other accounts either: not found, not forbidden.
      return this.inScope(me, id).catch((e) => {
        throw e instanceof ForbiddenException ? new NotFoundException('Gebruiker niet gevonden') : e;
      });
    }
    const user = await this.query().where('u.id = :id', { id }).getOne();
    if (!user) throw new NotFoundException('Gebruiker niet gevonden');
    return toUserDto(user);
  }

  // ——— internals ———

  /** A new one-time link for the account (the open one, if any, stops), with its e-mail through the outbox. */
  private async issue(
    m: EntityManager,
    userId: string,
    purpose: PasswordTokenPurpose,
    createdBy: string | null,
    mail = false,
  ): Promise<IssuedLink> {
    await m.query(
      `UPDATE password_token SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [userId],
    );
    const tokenId = randomUUID();
    const token = passwordLinkToken(this.config.jwtSecret, tokenId);
    const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS[purpose]);
    await m.query(
      `INSERT INTO password_token (id, user_id, purpose, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [tokenId, userId, purpose, passwordTokenHash(token), expiresAt, createdBy],
    );
    if (mail) await m.query(`INSERT INTO outbox_event (topic, aggregate_id) VALUES ('account.mail', $1)`, [tokenId]);
    return { tokenId, link: passwordLink(this.config.publicUrl, token), expiresAt };
  }

  private async endAllSessions(
    m: EntityManager,
    userId: string,
    reason: 'account_deactivated' | 'password_set' | 'role_changed',
  ): Promise<void> {
    const open: { id: string }[] = await m.query(
      `SELECT id FROM auth_session WHERE user_id = $1 AND revoked_at IS NULL FOR UPDATE`,
      [userId],
    );
    for (const s of open) await this.auth.endSession(m, s.id, reason);
  }

  /** Refuses to leave the portal without an active admin (locks the admins, so two requests cannot both pass). */
  private async keepAnAdmin(m: EntityManager, id: string, what: string): Promise<void> {
    const admins: { id: string }[] = await m.query(
      `SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`,
    );
    if (admins.every((a) => a.id === id)) {
      throw new ConflictException({
        message: `Dit is de laatste actieve beheerder; die kunt u niet ${what === 'deactivate' ? 'deactiveren' : 'een andere rol geven'}. Maak eerst een andere beheerder aan.`,
        conflict: { constraint: 'last_active_admin', userId: id },
      });
    }
  }

  /**
   * Admins manage everyone; the main contact of a school, gemeente, sportvereniging or wijkpartner their own
   * organisation; nobody else.
   */
  private async scopeOf(me: AuthUser): Promise<Scope> {
    if (me.role === 'admin') return { kind: 'all' };
    const own: { kind: OrgKind; id: string | null } | null =
      me.role === 'school'
        ? { kind: 'school', id: me.schoolId }
        : me.role === 'gemeente'
          ? { kind: 'municipality', id: me.municipalityId }
          : me.role === 'vereniging'
            ? { kind: 'club', id: me.clubId }
            : me.role === 'wijkpartner'
              ? { kind: 'partner', id: me.partnerId }
              : null;
    if (own?.id) {
      const [row]: { is_main_contact: boolean }[] = await this.dataSource.query(
        `SELECT is_main_contact FROM app_user WHERE id = $1`,
        [me.id],
      );
      if (row?.is_main_contact) return { kind: own.kind, id: own.id };
    }
    throw new ForbiddenException('Alleen beheerders en hoofdcontacten beheren gebruikers');
  }

  /** The account if the signed-in user manages it; a 404 otherwise (someone else's user does not exist). */
  private async inScope(me: AuthUser, id: string): Promise<UserDto> {
    const scope = await this.scopeOf(me);
    const user = await this.query().where('u.id = :id', { id }).getOne();
    const visible =
      user &&
      (scope.kind === 'all' ||
        (scope.kind === 'school' && user.schoolId === scope.id) ||
        (scope.kind === 'municipality' && user.municipalityId === scope.id) ||
        (scope.kind === 'club' && user.clubId === scope.id) ||
        (scope.kind === 'partner' && user.partnerId === scope.id));
    if (!visible) throw new NotFoundException('Gebruiker niet gevonden');
    return toUserDto(user);
  }

  /** The organisation of a new account: any (admins, checked against the role) or the inviter's own. */
  private organisationFor(scope: Scope, me: AuthUser, dto: InviteUserDto): NewOrganisation {
    const none: NewOrganisation = {
      schoolId: null,
      municipalityId: null,
      clubId: null,
      partnerId: null,
      regionIds: [],
    };
    if (scope.kind !== 'all') {
      if (dto.role !== me.role) {
        throw new ForbiddenException(`U kunt alleen gebruikers met de rol ${me.role} uitnodigen`);
      }
      const given = {
        school: dto.schoolId,
        municipality: dto.municipalityId,
        club: dto.clubId,
        partner: dto.partnerId,
      };
      const foreign = (Object.keys(given) as OrgKind[]).some(
        (k) => given[k] && (k !== scope.kind || given[k] !== scope.id),
      );
      if (foreign || dto.regionIds?.length) {
        throw new ForbiddenException('U kunt alleen gebruikers voor uw eigen organisatie uitnodigen');
      }
      const field = {
        school: 'schoolId',
        municipality: 'municipalityId',
        club: 'clubId',
        partner: 'partnerId',
      } as const;
      return { ...none, [field[scope.kind]]: scope.id };
    }
    const errors: FieldError[] = [];
    const needs = (
      field: 'schoolId' | 'municipalityId' | 'clubId' | 'partnerId' | 'regionIds',
      wanted: boolean,
      what: string,
    ) => {
      const given = field === 'regionIds' ? !!dto.regionIds?.length : !!dto[field];
      if (wanted && !given) errors.push({ field, message: `is verplicht voor ${what}` });
      if (!wanted && given) errors.push({ field, message: `hoort niet bij de rol ${dto.role}` });
    };
    needs('schoolId', dto.role === 'school', 'een schoolaccount');
    needs('municipalityId', dto.role === 'gemeente', 'een gemeenteaccount');
    needs('clubId', dto.role === 'vereniging', 'een account van een sportvereniging');
    needs('partnerId', dto.role === 'wijkpartner', 'een account van een wijkpartner');
    needs('regionIds', dto.role === 'planner' || dto.role === 'staff', 'een planner of preventiemedewerker');
    if (errors.length) throw invalid(errors);
    return {
      schoolId: dto.schoolId ?? null,
      municipalityId: dto.municipalityId ?? null,
      clubId: dto.clubId ?? null,
      partnerId: dto.partnerId ?? null,
      regionIds: [...new Set(dto.regionIds ?? [])],
    };
  }

  private async checkOrganisationExists(m: EntityManager, org: NewOrganisation): Promise<void> {
    const errors: FieldError[] = [];
    if (org.clubId && !(await m.query(`SELECT 1 FROM sports_club WHERE id = $1`, [org.clubId])).length) {
      errors.push({ field: 'clubId', message: 'deze sportvereniging bestaat niet' });
    }
    if (
      org.partnerId &&
      !(await m.query(`SELECT 1 FROM neighbourhood_partner WHERE id = $1`, [org.partnerId])).length
    ) {
      errors.push({ field: 'partnerId', message: 'deze wijkpartner bestaat niet' });
    }
    if (org.schoolId && !(await m.query(`SELECT 1 FROM school WHERE id = $1`, [org.schoolId])).length) {
      errors.push({ field: 'schoolId', message: 'deze school bestaat niet' });
    }
    if (
      org.municipalityId &&
      !(await m.query(`SELECT 1 FROM municipality WHERE id = $1`, [org.municipalityId])).length
    ) {
      errors.push({ field: 'municipalityId', message: 'deze gemeente bestaat niet' });
    }
    if (org.regionIds.length) {
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM region WHERE id = ANY($1::uuid[])`, [
        org.regionIds,
      ]);
      if (n !== org.regionIds.length) errors.push({ field: 'regionIds', message: 'een van deze regio’s bestaat niet' });
    }
    if (errors.length) throw invalid(errors);
  }

  private query() {
    return usersWithOrganisation(this.dataSource);
  }
}

/** Status from the row: deactivated, invited (no password yet) or active. */
export function toUserDto(u: User): UserDto {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    organisation: organisationOf(u),
    active: u.active,
    status: !u.active ? 'deactivated' : u.hasPassword ? 'active' : 'invited',
    mainContact: u.isMainContact,
    lastSignInAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}
