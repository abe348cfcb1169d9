// web-ext ships no types; this is the part of its Node API that scripts/lint-firefox.ts calls.
declare module 'web-ext' {
  export interface LintMessage {
    _type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    description?: string | string[];
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(
        options: { sourceDir: string; output?: 'text' | 'json' | 'none'; boring?: boolean; selfHosted?: boolean },
        runOptions?: { shouldExitProgram?: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
