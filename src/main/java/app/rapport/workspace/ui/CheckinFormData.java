package app.rapport.workspace.ui;

import app.rapport.workspace.Checkin;
import app.rapport.workspace.CheckinDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the check-in form edits; checked by the form's binder before the service checks it again. */
public final class CheckinFormData {

    @NotNull(message = "Rate connection from 1 to 5")
    @Min(value = CheckinDraft.RATING_MIN, message = "Rate connection from 1 to 5")
    @Max(value = CheckinDraft.RATING_MAX, message = "Rate connection from 1 to 5")
    private Integer connection;

    @NotNull(message = "Rate trust from 1 to 5")
    @Min(value = CheckinDraft.RATING_MIN, message = "Rate trust from 1 to 5")
    @Max(value = CheckinDraft.RATING_MAX, message = "Rate trust from 1 to 5")
    private Integer trust;

    @NotNull(message = "Rate value from 1 to 5")
    @Min(value = CheckinDraft.RATING_MIN, message = "Rate value from 1 to 5")
    @Max(value = CheckinDraft.RATING_MAX, message = "Rate value from 1 to 5")
    private Integer value;

    @Size(max = CheckinDraft.REFLECTION_MAX, message = "Use at most 2,000 characters")
    private String reflection = "";

    private boolean share;

    static CheckinFormData of(Checkin c) {
        var data = new CheckinFormData();
        data.connection = c.connection();
        data.trust = c.trust();
        data.value = c.value();
        data.reflection = c.reflection() == null ? "" : c.reflection();
        data.share = c.reflectionShared();
        return data;
    }

    CheckinDraft toDraft() {
        return new CheckinDraft(connection, trust, value, reflection, share);
    }

    public Integer getConnection() {
        return connection;
    }

    public void setConnection(Integer connection) {
        this.connection = connection;
    }

    public Integer getTrust() {
        return trust;
    }

    public void setTrust(Integer trust) {
        this.trust = trust;
    }

    public Integer getValue() {
        return value;
    }

    public void setValue(Integer value) {
        this.value = value;
    }

    public String getReflection() {
        return reflection;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }

    public boolean isShare() {
        return share;
    }

    public void setShare(boolean share) {
        this.share = share;
    }
}
