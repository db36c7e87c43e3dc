package io.salescrm.platform.access.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/** Tells API clients that every operation takes a bearer JWT (the sign-in service's access token). */
public class AccessOpenApi implements OpenApiCustomizer {

    public static final String SCHEME = "bearer";

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Access token from POST /api/org/auth/login (scope crm, or crm:read for read-only)."));
        openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
