package app.rapport.feedback.ui;

import app.rapport.feedback.FeedbackAnswer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The answer form's bean: each rating 1-5 or 0 for "could not observe", the advice, the signature. */
public class AnswerDraft {

    @NotNull(message = "Choose a rating, or \"could not observe\"")
    private Integer rapport;
    @NotNull(message = "Choose a rating, or \"could not observe\"")
    private Integer giveAndTake;
    @NotNull(message = "Choose a rating, or \"could not observe\"")
    private Integer communication;
    @NotBlank(message = "Write the one small change you would suggest")
    @Size(max = FeedbackAnswer.ADVICE_MAX, message = "Use at most 2,000 characters")
    private String advice;
    private boolean signed;

    static AnswerDraft of(FeedbackAnswer answer) {
        var d = new AnswerDraft();
        if (answer != null) {
            d.rapport = zeroIfNull(answer.rapport());
            d.giveAndTake = zeroIfNull(answer.giveAndTake());
            d.communication = zeroIfNull(answer.communication());
            d.advice = answer.advice();
            d.signed = answer.signed();
        }
        return d;
    }

    FeedbackAnswer toAnswer() {
        return new FeedbackAnswer(nullIfZero(rapport), nullIfZero(giveAndTake), nullIfZero(communication), advice,
                signed);
    }

    private static Integer zeroIfNull(Integer rating) {
        return rating == null ? RatingField.NOT_OBSERVED : rating;
    }

    private static Integer nullIfZero(Integer rating) {
        return rating == null || rating == RatingField.NOT_OBSERVED ? null : rating;
    }

    public Integer getRapport() {
        return rapport;
    }

    public void setRapport(Integer rapport) {
        this.rapport = rapport;
    }

    public Integer getGiveAndTake() {
        return giveAndTake;
    }

    public void setGiveAndTake(Integer giveAndTake) {
        this.giveAndTake = giveAndTake;
    }

    public Integer getCommunication() {
        return communication;
    }

    public void setCommunication(Integer communication) {
        this.communication = communication;
    }

    public String getAdvice() {
        return advice;
    }

    public void setAdvice(String advice) {
        this.advice = advice;
    }

    public boolean isSigned() {
        return signed;
    }

    public void setSigned(boolean signed) {
        this.signed = signed;
    }
}
