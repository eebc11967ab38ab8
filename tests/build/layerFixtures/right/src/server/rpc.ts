export interface TeamList {
  readonly names: readonly string[];
}
