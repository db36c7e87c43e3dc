package io.salescrm.pipeline.funnel.command;

import io.salescrm.pipeline.api.pipeline.DealField;
import io.salescrm.pipeline.api.pipeline.PipelineStage;
import io.salescrm.platform.rules.InvalidFieldException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Bounds and checks of pipeline and stage definitions; each refusal names the field (400). */
final class PipelineInput {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_STAGES = 30;
    static final int MAX_ID_LENGTH = 64;
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_ID_LENGTH + "}");

    private PipelineInput() {
    }

    static String name(String field, String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidFieldException(field, "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return name.strip();
    }

    static List<PipelineStage> stages(List<PipelineStage> stages) {
        if (stages == null || stages.isEmpty() || stages.size() > MAX_STAGES) {
            throw new InvalidFieldException("stages", "must hold 1 to " + MAX_STAGES + " stages");
        }
        var ids = new HashSet<String>();
        List<PipelineStage> valid = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            PipelineStage stage = stage("stages[" + i + "]", stages.get(i));
            if (!ids.add(stage.stageId())) {
                throw new InvalidFieldException("stages[" + i + "].stageId", "must be unique within the pipeline");
            }
            valid.add(stage);
        }
        return List.copyOf(valid);
    }

    /** A stage with a URL-safe id, a bounded name, a probability of 0-100, a #rrggbb colour and distinct required fields. */
    static PipelineStage stage(String field, PipelineStage stage) {
        if (stage == null) {
            throw new InvalidFieldException(field, "must not be null");
        }
        if (stage.stageId() == null || !ID.matcher(stage.stageId()).matches()) {
            throw new InvalidFieldException(field + ".stageId", "must be 1 to " + MAX_ID_LENGTH + " letters, digits, '-' or '_'");
        }
        String name = name(field + ".name", stage.name());
        if (stage.semantics() == null) {
            throw new InvalidFieldException(field + ".semantics", "must be IN_PROGRESS, WON or LOST");
        }
        if (stage.probability() < 0 || stage.probability() > 100) {
            throw new InvalidFieldException(field + ".probability", "must be between 0 and 100");
        }
        if (stage.colour() == null || !COLOUR.matcher(stage.colour()).matches()) {
            throw new InvalidFieldException(field + ".colour", "must be a colour like #1a2b3c");
        }
        var required = stage.requiredFields().isEmpty() ? List.<DealField>of()
                : List.copyOf(EnumSet.copyOf(stage.requiredFields()));
        return new PipelineStage(stage.stageId(), name, stage.semantics(), stage.probability(), stage.colour().toLowerCase(), required);
    }
}
