package dev.commitmenttracker.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes a draft as JSON in the shape of the gold annotations. */
public final class DraftJson {

    /** The importer's one JSON mapper (Jackson 2, indented): drafts here, and the answers the CLI reads and prints. */
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DraftJson() {}

    public static String write(ResponseDraft draft) {
        try {
            return MAPPER.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft could not be written as JSON", e);
        }
    }

    public static ResponseDraft read(String json) {
        try {
            return MAPPER.readValue(json, ResponseDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored draft could not be read back", e);
        }
    }
}
