package app.rapport.workspace;

/**
 * Published inside the transaction of every change to what a pair recorded (an interaction, a
 * check-in, a goal or its progress), so read models derived from the workspace can follow it.
 */
public record WorkspaceChanged(long relationshipId, TimelineKind kind) {
}
