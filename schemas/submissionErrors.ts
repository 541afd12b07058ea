/**
 * The stable codes of submission errors, shared by the headless engine (runtime/engine) and the Node validator
 * (runtime/node) so a portal and its back end report the same problem the same way. Messages may change; codes do not.
 * `invalid` is the Node validator's fallback for a keyword outside this list (never expected from a Banshi package).
 */
export type SubmissionErrorCode =
  | 'required'
  | 'not-allowed'
  | 'type'
  | 'format'
  | 'pattern'
  | 'enum'
  | 'range'
  | 'length'
  | 'items'
  | 'material-way'
  | 'invalid'
  | 'not-eligible'
  | 'incomplete';
