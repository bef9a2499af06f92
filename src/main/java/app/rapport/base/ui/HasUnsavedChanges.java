package app.rapport.base.ui;

/** A part of a page that holds typed work not saved yet, which leaving it would lose. */
public interface HasUnsavedChanges {

    /** Whether something typed here differs from what was saved or shown first. */
    boolean hasUnsavedChanges();
}
