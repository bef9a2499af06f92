package app.rapport.base;

/**
 * One feature's part of the demo workspace, written through the same services a person would
 * use. {@link DemoSeeding} runs the steps in the order of their {@link #stage()}, only in demo
 * mode; a step writes nothing when its part is there already, so a restart seeds nothing twice.
 */
public interface DemoStep {

    DemoStage stage();

    void seed(DemoSeeding.Demo demo);
}
