// Entering interviews: interview mode, paper keying mode, review, finish, void.
export const entry = {
} as const;
