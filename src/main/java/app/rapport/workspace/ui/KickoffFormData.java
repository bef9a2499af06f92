package app.rapport.workspace.ui;

import app.rapport.workspace.KickoffDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the kick-off form edits; validated by the form's binder before the service sees it. */
public final class KickoffFormData {

    @NotBlank(message = "Say what you want from this relationship")
    @Size(max = KickoffDraft.WANTS_MAX, message = "Use at most 2,000 characters")
    private String wants = "";

    @NotNull(message = "Say whether you see it as a relationship or a one-off exchange")
    private Boolean seesRelationship;

    public String getWants() {
        return wants;
    }

    public void setWants(String wants) {
        this.wants = wants;
    }

    public Boolean getSeesRelationship() {
        return seesRelationship;
    }

    public void setSeesRelationship(Boolean seesRelationship) {
        this.seesRelationship = seesRelationship;
    }
}
