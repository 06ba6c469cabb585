using Genoptraening.Api.Dashboard;
using Genoptraening.Domain.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Genoptraening.Api.Pages;

/// <summary>Development only: pick a municipality and see the dashboard as its visitator.</summary>
public sealed class SignInModel(ServiceCatalog catalog, IWebHostEnvironment environment) : PageModel
{
    public IReadOnlyList<string> Municipalities { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        Municipalities = [.. catalog.Municipalities];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string municipality)
    {
        if (!environment.IsDevelopment() || !catalog.Municipalities.Contains(municipality))
        {
            return NotFound();
        }

        await DashboardAuthentication.SignInAsync(HttpContext, municipality);
        return LocalRedirect("/");
    }
}
