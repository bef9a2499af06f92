package app.rapport.pairing.ui;

import app.rapport.pairing.MatchWeights;
import app.rapport.pairing.PairingRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The matching-rules form's bean: what the coordinator is editing, checked field by field. */
public class RulesDraft {

    @NotNull(message = "Enter a weight") @Min(value = 0, message = "From 0 to 100") @Max(value = 100, message = "From 0 to 100")
    private Integer goals;
    @NotNull(message = "Enter a weight") @Min(value = 0, message = "From 0 to 100") @Max(value = 100, message = "From 0 to 100")
    private Integer language;
    private boolean languageRequired;
    @NotNull(message = "Enter a weight") @Min(value = 0, message = "From 0 to 100") @Max(value = 100, message = "From 0 to 100")
    private Integer timeZone;
    @NotNull(message = "Enter a weight") @Min(value = 0, message = "From 0 to 100") @Max(value = 100, message = "From 0 to 100")
    private Integer department;
    private boolean departmentRequired;
    private boolean pairingsFinal;
    @NotNull(message = "Enter a number") @Min(value = 1, message = "From 1 to 5") @Max(value = 5, message = "From 1 to 5")
    private Integer menteeActiveMax;

    static RulesDraft of(PairingRules rules) {
        var d = new RulesDraft();
        var w = rules.weights();
        d.goals = w.goals();
        d.language = w.language();
        d.languageRequired = w.languageRequired();
        d.timeZone = w.timeZone();
        d.department = w.department();
        d.departmentRequired = w.departmentRequired();
        d.pairingsFinal = rules.pairingsFinal();
        d.menteeActiveMax = rules.menteeActiveMax();
        return d;
    }

    PairingRules toRules(long programId, long version) {
        return new PairingRules(programId, new MatchWeights(goals, language, languageRequired, timeZone, department,
                departmentRequired), pairingsFinal, menteeActiveMax, version);
    }

    public Integer getGoals() {
        return goals;
    }

    public void setGoals(Integer goals) {
        this.goals = goals;
    }

    public Integer getLanguage() {
        return language;
    }

    public void setLanguage(Integer language) {
        this.language = language;
    }

    public boolean isLanguageRequired() {
        return languageRequired;
    }

    public void setLanguageRequired(boolean languageRequired) {
        this.languageRequired = languageRequired;
    }

    public Integer getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(Integer timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getDepartment() {
        return department;
    }

    public void setDepartment(Integer department) {
        this.department = department;
    }

    public boolean isDepartmentRequired() {
        return departmentRequired;
    }

    public void setDepartmentRequired(boolean departmentRequired) {
        this.departmentRequired = departmentRequired;
    }

    public boolean isPairingsFinal() {
        return pairingsFinal;
    }

    public void setPairingsFinal(boolean pairingsFinal) {
        this.pairingsFinal = pairingsFinal;
    }

    public Integer getMenteeActiveMax() {
        return menteeActiveMax;
    }

    public void setMenteeActiveMax(Integer menteeActiveMax) {
        this.menteeActiveMax = menteeActiveMax;
    }
}
