package io.salescrm.platform.web;

import io.salescrm.platform.rules.ConflictException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiExceptionHandlerTest {

    record Renaming(@NotBlank @Size(max = 10) String name, java.time.Instant at) {
    }

    @RestController
    static class Fixture {
        @PostMapping("/things/{id}/name")
        void rename(@PathVariable @Size(max = 5) String id, @RequestParam(defaultValue = "1") @Max(3) int times,
                    @Valid @RequestBody Renaming request) {
            if ("taken".equals(request.name())) {
                throw new ConflictException("name-taken", "The name is taken.");
            }
        }
    }

    private final MockMvc mvc = mockMvc();

    private static MockMvc mockMvc() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        return MockMvcBuilders.standaloneSetup(new Fixture())
                .setControllerAdvice(new ApiExceptionHandler())
                .setValidator(validator)
                .build();
    }

    @Test
    void bodyFieldsAreNamedEvenWhenParametersAreConstrainedToo() throws Exception {
        mvc.perform(post("/things/abc/name").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aConstrainedParameterIsNamedItself() throws Exception {
        mvc.perform(post("/things/abc/name?times=9").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ok\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("times"));
    }

    @Test
    void anUnparsableTimeNamesItsField() throws Exception {
        mvc.perform(post("/things/abc/name").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"ok\",\"at\":\"tomorrow\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("at"));
    }

    @Test
    void aConflictIsA409WithItsRule() throws Exception {
        mvc.perform(post("/things/abc/name").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"taken\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("name-taken"));
    }
}
