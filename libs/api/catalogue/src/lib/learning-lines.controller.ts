import type { LearningCoverageDto, LearningLineDto, SchoolLearningProgressDto } from '@halt/contracts';
import { type AuthUser, CurrentUser, Roles } from '@halt/api/security';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { LearningLinesService } from './learning-lines.service';

export class SchoolYearQueryDto {
  @ApiPropertyOptional({ example: '2026-2027', description: 'The school year (default: the current one)' })
  @IsOptional()
  @IsString({ message: 'moet een schooljaar zijn als 2026-2027' })
  @MaxLength(9, { message: 'moet een schooljaar zijn als 2026-2027' })
  schoolYear?: string;
}

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('learning-lines')
export class LearningLinesController {
  constructor(private readonly lines: LearningLinesService) {}

  @Get()
  @ApiOperation({
    summary: 'The learning lines and their steps',
    description:
      "Halt's doorlopende leerlijnen: per line, the offers that follow each other across levels (PO groep 7–8, VO klas 1–2, …), in order. A short bounded list, whole.",
  })
  list(): Promise<LearningLineDto[]> {
    return this.lines.lines();
  }

  @Get('progress')
  @Roles('school')
  @ApiOperation({
    summary: "The school's own progress on every learning line",
    description:
      'Per line and step, for the school year: given, planned or open for the year groups the school teaches, the last earlier school year it was given, and the suggested next step. Schools only, their own school.',
  })
  progress(@CurrentUser() user: AuthUser, @Query() query: SchoolYearQueryDto): Promise<SchoolLearningProgressDto> {
    return this.lines.progress(user, this.lines.schoolYear(query.schoolYear));
  }

  @Get('coverage')
  @Roles('gemeente')
  @ApiOperation({
    summary: "How the gemeente's schools cover each learning line",
    description:
      "Per line and step, for the school year: how many of the gemeente's schools teach the step's level, and how many of them had it given or planned. Gemeenten only, their own schools.",
  })
  coverage(@CurrentUser() user: AuthUser, @Query() query: SchoolYearQueryDto): Promise<LearningCoverageDto> {
    return this.lines.coverage(user, this.lines.schoolYear(query.schoolYear));
  }
}
