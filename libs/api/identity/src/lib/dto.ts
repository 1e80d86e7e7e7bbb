import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin@halt.example' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'moet een geldig e-mailadres zijn' })
  @MaxLength(254, { message: 'mag hoogstens 254 tekens zijn' })
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString({ message: 'is verplicht' })
  @MinLength(1, { message: 'is verplicht' })
  @MaxLength(256, { message: 'mag hoogstens 256 tekens zijn' })
  password!: string;
}

export class UpdateMeDto {
  @ApiProperty({ enum: ['nl', 'en'] })
  @IsIn(['nl', 'en'], { message: 'moet nl of en zijn' })
  language!: 'nl' | 'en';
}
