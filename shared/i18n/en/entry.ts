import type { entry as vi } from '../vi/entry.ts';

export const entry: Record<keyof typeof vi, string> = {
  'entry.keys.unknown_code': '{paperNumber}: there is no code {code}.',
  'entry.keys.required': '{paperNumber}: nothing keyed. Press {blankKey} if it is blank on paper, {illegibleKey} if it cannot be read.',
  'entry.keys.specify_required': '{paperNumber}: code {code} “Other” is chosen; type what was written.',
  'entry.keys.too_many': '{paperNumber}: at most {max} answers.',
  'entry.keys.exclusive': '{paperNumber}: answer {code} cannot be combined with another answer.',
  'entry.keys.duplicate_code': '{paperNumber}: code {code} is already keyed.',
  'entry.keys.digits_only': '{paperNumber}: digits only.',
  'entry.keys.out_of_range': '{paperNumber}: {value} is outside {min}–{max}.',
  'entry.keys.too_long': '{paperNumber}: longer than {max} characters.',
  'entry.keys.invalid_date': '{paperNumber}: not a valid date. Key daymonth (ddmm), ddmmyy or ddmmyyyy.',
  'entry.keys.date_out_of_range': '{paperNumber}: {value} is outside {min}–{max}.',
  'entry.keys.missing_not_allowed': 'The blank and illegible keys cannot be used here.',
  'entry.keys.serial_digits': 'The form number has digits only.',
  'entry.keys.serial_length': 'The form number has {length} digits.',
  'entry.keys.serial_other_unit': 'Form number {serial} does not belong to unit {unitNo} (it must be {first} to {last}).',
  'entry.keys.interviewer_required': 'The interviewer’s name is missing.',
  'entry.keys.interviewer_too_long': 'The interviewer’s name is longer than {max} characters.',
  'entry.keys.interview_date_invalid': 'Not a valid interview date. Key daymonth (ddmm), ddmmyy or ddmmyyyy.',

  'entry.slot.serial': 'Form number',
  'entry.slot.interviewer': 'Interviewer',
  'entry.slot.interview_date': 'Interview date',
  'entry.slot.specify': '{paperNumber} – Other (specify)',
  'entry.key.legend': 'Key {blankKey}: blank on paper (-2) · Key {illegibleKey}: illegible / several marks (-3)',

  'entry.review.not_answered': 'Not answered',
  'entry.review.left_blank': 'Left blank',
  'entry.review.serial_required': 'The form number is missing.',
  'entry.review.interviewer_required': 'The interviewer’s name is missing.',
  'entry.review.interview_date_required': 'The interview date is missing.',
  'entry.review.problems': '{count} problems to fix before finishing.',

  'entry.serial.in_use': 'Form number {serial} is already used by another form on this device.',

  'entry.void.reason_required': 'Give a reason for voiding the form.',
  'entry.void.already_voided': 'This form is already voided.',
  'entry.practice.badge': 'Practice form – not counted toward the quota',
};
